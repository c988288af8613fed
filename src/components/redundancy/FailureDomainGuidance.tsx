import { useFieldId } from '../kit/widget-context';

/**
 * Ways to push β down, drawn from the LXC story's lesson. Labelled as general guidance:
 * the record breaks off before saying what the team did.
 */
export function FailureDomainGuidance() {
  const titleId = useFieldId('guidance-title');
  return (
    <section class="kit-section redundancy-guidance" aria-labelledby={titleId}>
      <p class="kit-section__title" id={titleId}>
        Lowering β: general guidance, not what the team did
      </p>
      <p>
        The LXC record stops before the fix. These are common practices for keeping one trigger from reaching every
        replica:
      </p>
      <ul>
        <li>
          <strong>Separate failure domains.</strong> Put replicas on different VLANs or switches, so one burst of
          traffic cannot reach them all; do not put every replica behind the same promiscuous bridge on one VLAN.
        </li>
        <li>
          <strong>Vary the NIC and driver.</strong> Replicas with different NIC models or drivers will not hit the same
          driver bug on the same packet.
        </li>
        <li>
          <strong>Stagger kernel and driver versions.</strong> Upgrade one host, let it run for a while, then the next,
          so a regression never sits on every replica at once.
        </li>
        <li>
          <strong>Use canaries.</strong> Send each change (kernel, driver, firmware, configuration) to one host first
          and watch it before rolling on.
        </li>
        <li>
          <strong>Estimate your own β.</strong> Count the failures that took every replica down together and divide by
          all failures: that share is a rough β for your setup.
        </li>
      </ul>
    </section>
  );
}
