import type { HeadroomInputs, HeadroomResult } from '../../lib/ipsec-headroom/index';

/** What every panel of the IPsec widget receives from the island. */
export interface PanelProps {
  state: HeadroomInputs;
  update: (patch: Partial<HeadroomInputs>) => void;
  /** Field validity, keyed by the field's URL parameter name. */
  report: (name: string, valid: boolean) => void;
  result: HeadroomResult;
  /** An input this panel depends on holds invalid text: results show the last valid inputs. */
  stale: boolean;
}
