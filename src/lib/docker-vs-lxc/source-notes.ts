/**
 * What each source of the container helper supports, in our words: shown in the static matrix's
 * source list (DecisionMatrix.astro) and never in the island, which needs only titles and links.
 * Kept apart from model-data.ts so the browser does not download it; model.test.ts checks that
 * every source has one.
 */
export const SOURCE_SUPPORTS: Readonly<Record<string, string>> = {
  'ubuntu-virtualization':
    'Defines VMs (own OS, strong isolation, heavier), system containers (a full machine on the host kernel) and application containers (one application and its dependencies).',
  'lxc-intro': 'LXC aims at an environment close to a standard Linux installation without a separate kernel.',
  'lxc-7-lts':
    'LXC is maintained: 7.0 LTS came out on 30 April 2026 and is supported until June 2031; it removes cgroup v1 support.',
  'incus-7-lts': 'Incus 7.0 LTS came out on 5 May 2026 and, like LXC 7.0, is supported until June 2031.',
  'incus-readme': 'Incus manages system containers and virtual machines with one tool and API.',
  'incus-oci-forum':
    'Incus runs OCI images: it reads their metadata, fetches layers with skopeo and flattens them with umoci into one root filesystem, so layers are not shared.',
  'proxmox-pct':
    'Containers share the host kernel, run Linux only and have some syscalls blocked; Proxmox calls them system containers, advises running Docker images inside a VM for isolation and live migration, and notes VMs isolate untrusted users better.',
  'proxmox-pct-conf':
    'The nesting feature exposes host procfs and sysfs contents to the container; keyctl is required for Docker in unprivileged containers and can conflict with systemd-networkd.',
  'docker-faq':
    'Docker’s own list (portable deployment, application-centric, automatic builds, versioning, component re-use, sharing through a registry, tool ecosystem), set against the lxc scripts’ view of containers as lightweight machines.',
  'docker-containerd-store': 'Fresh installs of Docker Engine 29.0 and later keep images in containerd’s image store.',
  'docker-deprecated': 'The LXC execution driver was removed in Docker 1.10 and the aufs storage driver in 24.0.',
  'redhat-containers-vms':
    'Containers are measured in megabytes and suit single services; VMs in gigabytes, with their own OS; the choice depends on the workload.',
  'azure-compute-tree':
    'Containerised workloads that need full orchestration go to Kubernetes, single containers to a simple container host; the tree is a starting point only.',
  'rootconf-lxc-puppet': 'A 2014 team (Mozilla) ran LXC containers configured in place with Puppet.',
};
