import type { DockerVsLxcModel } from './schema';

/**
 * The decision model behind the Docker-vs-LXC helper: data only, no logic.
 * Editing questions, outcomes, cells or sources here changes the helper, the static matrix and
 * the decision record together; no component needs touching. Bump `version` on every change
 * (MAJOR: ids or meaning change, so old links read differently; MINOR: new question, outcome or
 * re-scored cell; PATCH: wording and sources).
 *
 * Scoring: each answer stands for one criterion (a matrix row). Every outcome gets the points of
 * its cell in that row; an `excluded` cell rules the outcome out. The cells are our guidance,
 * built from the cited sources; they are not measurements.
 */
// The raw data. The browser island reads it as is; model.ts validates it, and the build
// (DecisionMatrix.astro) and the unit tests load it through model.ts, so a broken edit fails
// there rather than costing every reader the validator's bytes.
export const dockerVsLxcData: DockerVsLxcModel = {
  id: 'docker-vs-lxc',
  version: '1.0.0',
  updated: '2026-11-25',
  minAnswered: 2,
  levels: {
    fits: { points: 2, symbol: '✓', label: 'Fits', description: 'Serves this need well.' },
    partial: {
      points: 1,
      symbol: '◐',
      label: 'Fits with a caveat',
      description: 'Works, with a cost or condition named in the cell.',
    },
    poor: {
      points: -2,
      symbol: '✕',
      label: 'Poor fit',
      description: 'Works against this need; possible, but you fight the tool.',
    },
    excluded: {
      points: null,
      symbol: '⊘',
      label: 'Ruled out',
      description: 'Cannot meet this need; the option is dropped.',
    },
  },
  // Fewest moving parts first, so a tie never lands on the nested or layered option.
  tieBreak: ['app-container', 'system-container', 'vm', 'app-container-in-vm', 'oci-on-incus', 'docker-in-lxc'],

  sources: {
    'ubuntu-virtualization': {
      title: 'Introduction to virtualization',
      publisher: 'Ubuntu Server documentation (Canonical)',
      url: 'https://ubuntu.com/server/docs/introduction-to-virtualization',
    },
    'lxc-intro': {
      title: 'LXC introduction',
      publisher: 'linuxcontainers.org',
      url: 'https://linuxcontainers.org/lxc/introduction/',
    },
    'lxc-7-lts': {
      title: 'LXC 7.0 LTS has been released',
      publisher: 'Linux Containers forum (project announcement)',
      url: 'https://discuss.linuxcontainers.org/t/lxc-7-0-lts-has-been-released/26612',
    },
    'incus-7-lts': {
      title: 'Incus 7.0 LTS has been released',
      publisher: 'Linux Containers forum (project announcement)',
      url: 'https://discuss.linuxcontainers.org/t/incus-7-0-lts-has-been-released/26641',
    },
    'incus-readme': {
      title: 'Incus',
      publisher: 'Linux Containers project (GitHub)',
      url: 'https://github.com/lxc/incus',
    },
    'incus-oci-forum': {
      title: 'Differences between launching Incus images and OCI images',
      publisher: 'Linux Containers forum',
      url: 'https://discuss.linuxcontainers.org/t/differences-between-launching-incus-images-and-oci-images/26184',
    },
    'proxmox-pct': {
      title: 'Proxmox Container Toolkit (pct) documentation',
      publisher: 'Proxmox VE documentation',
      url: 'https://pve.proxmox.com/pve-docs/chapter-pct.html',
    },
    'proxmox-pct-conf': {
      title: 'Manual: pct.conf (container options)',
      publisher: 'Proxmox VE wiki',
      url: 'https://pve.proxmox.com/wiki/Manual:_pct.conf',
    },
    'docker-faq': {
      title: 'What does Docker technology add to just plain LXC? (Docker FAQ)',
      publisher: 'Docker documentation source (docker/docs repository, pinned to the commit that holds the FAQ)',
      url: 'https://github.com/docker/docs/blob/7ec0cf1bfc50437ca0869ac7aa8c11e8cc779bbc/engine/faq.md',
    },
    'docker-containerd-store': {
      title: 'containerd image store',
      publisher: 'Docker documentation',
      url: 'https://docs.docker.com/engine/storage/containerd/',
    },
    'docker-deprecated': {
      title: 'Deprecated Docker Engine features',
      publisher: 'Docker documentation',
      url: 'https://docs.docker.com/engine/deprecated/',
    },
    'redhat-containers-vms': {
      title: 'Containers vs VMs',
      publisher: 'Red Hat',
      url: 'https://www.redhat.com/en/topics/containers/containers-vs-vms',
    },
    'azure-compute-tree': {
      title: 'Choose an Azure compute service (decision tree)',
      publisher: 'Microsoft Azure Architecture Center',
      url: 'https://learn.microsoft.com/en-us/azure/architecture/guide/technology-choices/compute-decision-tree',
    },
    'rootconf-lxc-puppet': {
      title: 'Quick prototyping with LXC and Puppet (Rootconf 2014 talk)',
      publisher: 'HasGeek',
      url: 'https://hasgeek.com/rootconf/2014/sub/quick-prototyping-with-lxc-and-puppet-QfhV86KD7DWUXa1t9yywxf',
    },
  },

  questions: [
    {
      id: 'unit',
      label: 'Unit of deployment',
      prompt: 'What are you packaging?',
      help: 'Think of one deployable unit, not the whole estate.',
      answers: [
        {
          value: 'process',
          label: 'One application or service',
          detail: 'A single process such as a web API or a worker.',
          criterion: 'one-service',
        },
        {
          value: 'machine',
          label: 'A whole machine',
          detail: 'An OS userland with init and several services, like a small server.',
          criterion: 'whole-system',
        },
      ],
    },
    {
      id: 'delivery',
      label: 'Delivery',
      prompt: 'How does a new version reach production?',
      help: 'The habit you already have, or the one you are moving to.',
      answers: [
        {
          value: 'image',
          label: 'As an image',
          detail: 'Built in CI, pushed to a registry and pulled on deploy.',
          criterion: 'oci-image',
        },
        {
          value: 'configured',
          label: 'Configured in place',
          detail: 'A long-lived host changed by Puppet, Ansible or by hand.',
          criterion: 'config-in-place',
        },
      ],
    },
    {
      id: 'isolation',
      label: 'Isolation',
      prompt: 'Whose code runs in it?',
      help: 'Decides whether sharing the host’s kernel is acceptable.',
      answers: [
        {
          value: 'trusted',
          label: 'Our own team’s code',
          detail: 'Sharing a kernel with your other workloads is acceptable.',
          criterion: 'own-code',
        },
        {
          value: 'untrusted',
          label: 'Other tenants or untrusted code',
          detail: 'Customers, CI jobs from forks, or anything you would not give a shell on the host.',
          criterion: 'tenant-isolation',
        },
      ],
    },
    {
      id: 'kernel',
      label: 'Kernel',
      prompt: 'Is the host’s Linux kernel enough?',
      help: 'Containers of every kind use the host’s kernel; only a VM brings its own.',
      answers: [
        {
          value: 'host',
          label: 'The host’s kernel is fine',
          detail: 'A Linux workload with no special kernel modules.',
          criterion: 'host-kernel',
        },
        {
          value: 'custom',
          label: 'Needs its own kernel',
          detail: 'Its own kernel version or modules, or a non-Linux OS such as Windows or FreeBSD.',
          criterion: 'own-kernel',
        },
      ],
    },
    {
      id: 'orchestrator',
      label: 'Orchestrator',
      prompt: 'What starts and supervises it?',
      help: 'The tool you use, or plan to use, for this workload.',
      answers: [
        {
          value: 'none',
          label: 'Nothing special',
          detail: 'systemd, an init script or the platform’s own tools.',
          criterion: 'no-orchestrator',
        },
        {
          value: 'compose',
          label: 'Docker Compose',
          detail: 'A Compose file with a handful of services on one host.',
          criterion: 'compose',
        },
        { value: 'kubernetes', label: 'Kubernetes', detail: 'A cluster schedules it.', criterion: 'kubernetes' },
      ],
    },
    {
      id: 'state',
      label: 'State',
      prompt: 'Does it keep data that must survive a rebuild?',
      help: 'Databases, queues and uploads are stateful; a stateless service can be thrown away and rebuilt.',
      answers: [
        {
          value: 'stateless',
          label: 'Stateless',
          detail: 'Rebuild or replace it at any time.',
          criterion: 'rebuildable',
        },
        {
          value: 'stateful',
          label: 'Stateful',
          detail: 'Its data must outlive the instance.',
          criterion: 'keeps-data',
        },
      ],
    },
    {
      // Added beyond the six: without it Incus-OCI and Docker-in-LXC could never be told
      // apart from Docker on the host, because the difference is what the hosts already run.
      id: 'platform',
      label: 'Existing platform',
      prompt: 'What do your hosts run today?',
      help: 'The platform you would rather not add to.',
      answers: [
        {
          value: 'linux',
          label: 'Plain Linux hosts',
          detail: 'Bare-metal or cloud Linux with no container or VM manager yet.',
          criterion: 'plain-host',
        },
        {
          value: 'lxc',
          label: 'LXC, Incus or Proxmox containers',
          detail: 'You already run system containers.',
          criterion: 'lxc-host',
        },
        {
          value: 'hypervisor',
          label: 'A hypervisor',
          detail: 'KVM with libvirt, Proxmox VMs, CloudStack or similar.',
          criterion: 'vm-host',
        },
      ],
    },
  ],

  criteria: [
    {
      id: 'one-service',
      label: 'Packages one application or service',
      explanation:
        'Application containers are built around one service and its dependencies; a whole guest OS for one process is the heavy way round.',
      weight: 1,
      sources: ['ubuntu-virtualization', 'redhat-containers-vms', 'docker-faq'],
    },
    {
      id: 'whole-system',
      label: 'Runs a whole OS userland with init and several services',
      explanation:
        'System containers and VMs behave like a machine you can log in to; application containers expect one main process.',
      weight: 1,
      sources: ['ubuntu-virtualization', 'lxc-intro', 'proxmox-pct'],
    },
    {
      id: 'oci-image',
      label: 'Deploys an image built in CI and pulled from a registry',
      explanation:
        'Docker’s own case for itself: automatic builds, versioned images, sharing through a registry. Incus can run the same images with a caveat.',
      weight: 1,
      sources: ['docker-faq', 'incus-oci-forum'],
    },
    {
      id: 'config-in-place',
      label: 'Long-lived host configured in place',
      explanation:
        'Machine-like containers and VMs suit Puppet, Ansible or hands-on administration; rebuilt-from-image containers do not.',
      weight: 1,
      sources: ['docker-faq', 'rootconf-lxc-puppet'],
    },
    {
      id: 'own-code',
      label: 'Light footprint when the code is your own',
      explanation:
        'If sharing the kernel is acceptable, a container costs megabytes where a VM costs gigabytes and a guest OS.',
      weight: 1,
      sources: ['redhat-containers-vms', 'ubuntu-virtualization'],
    },
    {
      id: 'tenant-isolation',
      label: 'A kernel boundary between tenants',
      explanation:
        'Every container shares the host kernel, a large attack surface for hostile users; a VM isolates them better.',
      weight: 2,
      sources: ['proxmox-pct', 'ubuntu-virtualization'],
    },
    {
      id: 'host-kernel',
      label: 'Runs on the host’s Linux kernel',
      explanation: 'Every option here can run an ordinary Linux workload; this answer removes nothing.',
      weight: 1,
      sources: ['ubuntu-virtualization'],
    },
    {
      id: 'own-kernel',
      label: 'Its own kernel, kernel modules or a non-Linux OS',
      explanation:
        'Containers run Linux only, on the host’s kernel, with some syscalls blocked; only a VM brings its own kernel.',
      weight: 2,
      sources: ['proxmox-pct', 'ubuntu-virtualization'],
    },
    {
      id: 'no-orchestrator',
      label: 'Runs without an orchestrator',
      explanation: 'A single container or machine needs no scheduler; the host’s own tools start it.',
      weight: 1,
      sources: ['azure-compute-tree'],
    },
    {
      id: 'compose',
      label: 'Runs a Docker Compose project',
      explanation:
        'Compose belongs to the Docker tool ecosystem and needs a Docker-compatible engine; system containers and VMs do not run it by themselves.',
      weight: 1,
      sources: ['docker-faq', 'proxmox-pct-conf'],
    },
    {
      id: 'kubernetes',
      label: 'Scheduled by Kubernetes',
      explanation: 'Kubernetes schedules application containers onto nodes; its nodes are hosts or VMs.',
      weight: 1,
      sources: ['azure-compute-tree', 'redhat-containers-vms'],
    },
    {
      id: 'rebuildable',
      label: 'Stateless: rebuilt rather than repaired',
      explanation: 'Versioned images make a stateless service cheap to replace; long-lived machines tend to drift.',
      weight: 1,
      sources: ['docker-faq', 'redhat-containers-vms'],
    },
    {
      id: 'keeps-data',
      label: 'Stateful: data must outlive the instance',
      explanation:
        'System containers and VMs offer storage mount points, snapshots and backups; only VMs live-migrate. Application containers keep data in volumes outside the image.',
      weight: 1,
      sources: ['proxmox-pct'],
    },
    {
      id: 'plain-host',
      label: 'Fits plain Linux hosts',
      explanation:
        'Docker, Podman, LXC and Incus install on any Linux host; a hypervisor or nesting is something extra to run.',
      weight: 1,
      sources: ['ubuntu-virtualization'],
    },
    {
      id: 'lxc-host',
      label: 'Fits hosts that already run system containers',
      explanation:
        'Incus and Proxmox already manage containers and VMs; Incus can also run OCI images, so a second container manager may be unnecessary.',
      weight: 1,
      sources: ['incus-readme', 'incus-oci-forum', 'proxmox-pct'],
    },
    {
      id: 'vm-host',
      label: 'Fits hosts that already run a hypervisor',
      explanation:
        'Where VMs are already the unit of operation, Proxmox’s advice is to put application containers inside a VM.',
      weight: 1,
      sources: ['proxmox-pct'],
    },
  ],

  outcomes: [
    {
      id: 'app-container',
      title: 'Application container on the host (Docker or Podman)',
      short: 'App container',
      summary:
        'Build one image per service in CI, push it to a registry and run it with Docker or Podman directly on a Linux host. Today’s Docker does not use LXC at all: the LXC driver went in 1.10, and new installs keep images in containerd.',
      caveats: [
        'Every container shares the host’s kernel: a kernel bug or container escape reaches the host and its neighbours.',
        'Data that must survive a rebuild belongs in volumes or external services, not in the image.',
      ],
      avoidWhen: [
        'The code comes from other tenants or is otherwise untrusted.',
        'The workload needs its own kernel, kernel modules or a non-Linux OS.',
        'The unit is a whole machine with init and many services that people log in to and configure.',
      ],
      sources: [
        'ubuntu-virtualization',
        'docker-faq',
        'docker-deprecated',
        'docker-containerd-store',
        'redhat-containers-vms',
      ],
    },
    {
      id: 'app-container-in-vm',
      title: 'Application containers inside a KVM virtual machine',
      short: 'App container in a VM',
      summary:
        'Keep the image workflow, but run the container engine or the Kubernetes nodes inside KVM/libvirt VMs. This is what Proxmox recommends for Docker images: the VM adds a hard boundary to the host and can be live-migrated.',
      caveats: [
        'Each VM carries its own kernel and OS to patch, and costs memory and boot time.',
        'Two layers to watch: the guest and the containers inside it.',
      ],
      avoidWhen: [
        'All the code is your own, the host is dedicated to it, and no one needs the VM boundary or live migration.',
      ],
      sources: ['proxmox-pct', 'ubuntu-virtualization', 'redhat-containers-vms'],
    },
    {
      id: 'system-container',
      title: 'System container (LXC or Incus)',
      short: 'System container',
      summary:
        'A container that runs a full Linux userland with its own init, users and services on the host’s kernel. You run it like a small server, with Puppet, Ansible or by hand, without a hypervisor’s overhead. LXC and Incus are maintained, with 7.0 LTS releases in 2026.',
      caveats: [
        'Shares the host’s kernel: Linux guests only, and some syscalls are blocked inside.',
        'Prefer unprivileged containers; the LXC team treats privileged ones as unsafe for untrusted use.',
        'A long-lived container drifts from its template unless configuration management keeps it in line.',
      ],
      avoidWhen: [
        'Tenants are untrusted and a kernel escape would be costly.',
        'You need another kernel, kernel modules or a non-Linux OS.',
        'Your pipeline already produces images: look at application containers or Incus running the image.',
      ],
      sources: ['ubuntu-virtualization', 'lxc-intro', 'incus-readme', 'lxc-7-lts', 'incus-7-lts', 'proxmox-pct'],
    },
    {
      id: 'oci-on-incus',
      title: 'Incus running the OCI image',
      short: 'OCI image on Incus',
      summary:
        'Incus can launch a Docker/OCI image from a registry as one of its own containers, next to system containers and VMs, under the same tools. It pulls the image with skopeo and flattens its layers with umoci into a single root filesystem.',
      caveats: [
        'Layer flattening: Incus does not share image layers, so images with a common base are fetched and stored whole, each time.',
        'It is not a Docker engine: Incus reads the image’s metadata (entrypoint, mounts) and runs it with LXC, so Docker tooling does not see these containers.',
      ],
      avoidWhen: [
        'Many images share large base layers; the Incus maintainers name AI/ML images as the case where layers matter.',
        'The project depends on Compose or Kubernetes.',
        'Tenants are untrusted.',
      ],
      sources: ['incus-oci-forum', 'incus-readme'],
    },
    {
      id: 'vm',
      title: 'Virtual machine (KVM / libvirt)',
      short: 'VM',
      summary:
        'A full guest with its own kernel on a hypervisor such as KVM, managed with libvirt, Proxmox or CloudStack. The strongest boundary of the six and the only one that runs another kernel or OS, at a cost of gigabytes rather than megabytes.',
      caveats: [
        'Heavier: memory, disk and boot time per guest, and a guest OS to patch.',
        'Performance depends on paravirtual (virtio) devices; emulated disks and NICs are slow.',
      ],
      avoidWhen: [
        'One trusted service ships as an image and needs neither the boundary nor its own kernel: an application container is lighter.',
      ],
      sources: ['ubuntu-virtualization', 'proxmox-pct', 'redhat-containers-vms'],
    },
    {
      id: 'docker-in-lxc',
      title: 'Docker nested inside an LXC container',
      short: 'Docker in LXC',
      summary:
        'Docker, usually with Compose, installed inside an unprivileged LXC or Proxmox container. It works once the container has the nesting and keyctl features, and saves a VM’s memory; Proxmox itself recommends a VM for Docker instead.',
      caveats: [
        'Needs nesting=1 and keyctl=1 on an unprivileged Proxmox container, or the equivalent settings elsewhere.',
        'Nesting exposes parts of the host’s procfs and sysfs to the container.',
        'With keyctl on, Proxmox warns you may have to choose between Docker and systemd-networkd inside the container.',
        'Two container layers to debug, and no live migration: Proxmox reserves that for VMs.',
      ],
      avoidWhen: [
        'The code is untrusted: the nested setup weakens the container boundary.',
        'The workload needs its own kernel or kernel modules.',
        'A VM is available and affordable: Proxmox recommends Docker in a VM.',
        'Kubernetes schedules it: run nodes on hosts or VMs.',
      ],
      sources: ['proxmox-pct-conf', 'proxmox-pct'],
      requires: { platform: ['lxc'], isolation: ['trusted'], kernel: ['host'] },
      requiresNote:
        'Recommended only after you have said the hosts already run LXC, the code is your own and the host kernel is fine; otherwise a safer option always exists.',
    },
  ],

  fit: {
    'one-service': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': {
        level: 'partial',
        note: 'Works, but you carry and patch a whole userland for one service.',
      },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'poor', note: 'A whole guest OS for one process: gigabytes where a container needs megabytes.' },
      'docker-in-lxc': { level: 'fits' },
    },
    'whole-system': {
      'app-container': {
        level: 'poor',
        note: 'Built around one main process; init and many services go against the grain.',
      },
      'app-container-in-vm': {
        level: 'poor',
        note: 'The VM is already the machine; the containers inside add nothing for this need.',
      },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'poor', note: 'Application images usually have no init or services to manage.' },
      vm: { level: 'fits' },
      'docker-in-lxc': {
        level: 'partial',
        note: 'The LXC container is the machine; Docker inside it is an extra layer.',
      },
    },
    'oci-image': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'poor', note: 'Uses distribution images and templates, not your registry images.' },
      'oci-on-incus': {
        level: 'fits',
        note: 'Runs the image as built; its layers are flattened on import, so images share none.',
      },
      vm: { level: 'poor', note: 'A VM image is a different artefact from a registry image.' },
      'docker-in-lxc': { level: 'fits' },
    },
    'config-in-place': {
      'app-container': { level: 'poor', note: 'Changes made inside a running container vanish on the next rebuild.' },
      'app-container-in-vm': {
        level: 'poor',
        note: 'The VM can be configured in place, but the containers inside it are still rebuilt.',
      },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'poor', note: 'An application image is rebuilt, not configured in place.' },
      vm: { level: 'fits' },
      'docker-in-lxc': {
        level: 'poor',
        note: 'Only the outer LXC container can be configured in place; the Docker layer is rebuilt.',
      },
    },
    'own-code': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': {
        level: 'partial',
        note: 'The VM costs memory, a guest OS and boot time you may not need.',
      },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'partial', note: 'Gigabytes and a guest OS to patch, for a boundary you may not need.' },
      'docker-in-lxc': { level: 'fits' },
    },
    'tenant-isolation': {
      'app-container': { level: 'poor', note: 'Tenants share the host kernel: one container escape reaches the host.' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': {
        level: 'poor',
        note: 'Unprivileged containers help, but tenants still share the host kernel.',
      },
      'oci-on-incus': { level: 'poor', note: 'Still a container on the shared host kernel.' },
      vm: { level: 'fits' },
      'docker-in-lxc': {
        level: 'excluded',
        note: 'Nesting exposes host procfs and sysfs; never run untrusted code this way.',
      },
    },
    'host-kernel': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'fits' },
      'docker-in-lxc': { level: 'fits' },
    },
    'own-kernel': {
      'app-container': { level: 'excluded', note: 'Runs on the host’s kernel; it cannot load its own.' },
      'app-container-in-vm': {
        level: 'partial',
        note: 'The VM’s kernel is yours and the containers use it; no good for a non-Linux OS.',
      },
      'system-container': { level: 'excluded', note: 'Linux only, on the host’s kernel.' },
      'oci-on-incus': { level: 'excluded', note: 'A container on the host’s kernel.' },
      vm: { level: 'fits' },
      'docker-in-lxc': { level: 'excluded', note: 'Both layers run on the host’s kernel.' },
    },
    'no-orchestrator': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'fits' },
      'docker-in-lxc': {
        level: 'poor',
        note: 'Without Compose there is little reason to nest; an LXC host can run the image or the service directly.',
      },
    },
    compose: {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'poor', note: 'LXC does not read Compose files; you would end up nesting Docker.' },
      'oci-on-incus': {
        level: 'poor',
        note: 'Incus launches images one by one; the Compose project would need rewiring.',
      },
      vm: { level: 'poor', note: 'A VM alone does not run Compose; that is application containers in a VM.' },
      'docker-in-lxc': { level: 'fits' },
    },
    kubernetes: {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': {
        level: 'poor',
        note: 'Kubernetes schedules application containers, not system containers.',
      },
      'oci-on-incus': { level: 'poor', note: 'Incus is not a Kubernetes node runtime.' },
      vm: { level: 'poor', note: 'Fine as a node, but the workload itself should then be a container.' },
      'docker-in-lxc': {
        level: 'poor',
        note: 'A node inside LXC runs into the container’s syscall and nesting limits.',
      },
    },
    rebuildable: {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': {
        level: 'partial',
        note: 'Works, but long-lived containers tend to become hand-tended pets.',
      },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'partial', note: 'Rebuilding a VM is slower and heavier than replacing a container.' },
      'docker-in-lxc': { level: 'fits' },
    },
    'keeps-data': {
      'app-container': {
        level: 'partial',
        note: 'Keep the data in volumes or an external service, never in the image.',
      },
      'app-container-in-vm': {
        level: 'partial',
        note: 'Volumes inside the VM; the VM itself can be snapshotted and live-migrated.',
      },
      'system-container': { level: 'fits' },
      'oci-on-incus': {
        level: 'partial',
        note: 'Put the data on a separate volume; the flattened root is replaced with the image.',
      },
      vm: { level: 'fits' },
      'docker-in-lxc': {
        level: 'partial',
        note: 'Data sits two container layers deep, and the container cannot live-migrate.',
      },
    },
    'plain-host': {
      'app-container': { level: 'fits' },
      'app-container-in-vm': { level: 'partial', note: 'Adds a hypervisor to run and patch.' },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'partial', note: 'Adds Incus just to run images Docker or Podman run natively.' },
      vm: { level: 'partial', note: 'Adds a hypervisor to run and patch.' },
      'docker-in-lxc': { level: 'poor', note: 'You would install LXC only to nest Docker inside it.' },
    },
    'lxc-host': {
      'app-container': {
        level: 'poor',
        note: 'A second container manager beside LXC on the same hosts, and Docker’s firewall rules (FORWARD policy DROP) cut LXC’s bridged networking unless allowed; Incus can run the image itself.',
      },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'fits' },
      'oci-on-incus': { level: 'fits' },
      vm: { level: 'fits' },
      'docker-in-lxc': { level: 'fits' },
    },
    'vm-host': {
      'app-container': { level: 'poor', note: 'Keep the hypervisor host lean: run the engine inside a VM instead.' },
      'app-container-in-vm': { level: 'fits' },
      'system-container': { level: 'poor', note: 'A second manager beside the hypervisor, or nested inside a VM.' },
      'oci-on-incus': { level: 'poor', note: 'Means adding Incus beside the hypervisor, or nesting it inside a VM.' },
      vm: { level: 'fits' },
      'docker-in-lxc': { level: 'poor', note: 'With a hypervisor at hand, Proxmox advises Docker in a VM instead.' },
    },
  },
};
