/** Fictional contact persons (example data) per förvaltning, used in submissions and projects.json. */
export const CONTACTS: Record<string, { name: string; email: string; file: string }> = {
  asn: { name: 'Sara Lindqvist', email: 'sara.lindqvist@malmo.se', file: 'arbetsmarknads-och-socialforvaltningen' },
  fsn: { name: 'Johanna Berglund', email: 'johanna.berglund@malmo.se', file: 'forskoleforvaltningen' },
  gsn: { name: 'Mikael Hedström', email: 'mikael.hedstrom@malmo.se', file: 'grundskoleforvaltningen' },
  gvn: { name: 'Elin Sandberg', email: 'elin.sandberg@malmo.se', file: 'gymnasie-och-vuxenutbildningsforvaltningen' },
  ks: { name: 'Peter Åkesson', email: 'peter.akesson@malmo.se', file: 'stadskontoret' },
  kn: { name: 'Amira Haddad', email: 'amira.haddad@malmo.se', file: 'kulturforvaltningen' },
  mn: { name: 'Jonas Ek', email: 'jonas.ek@malmo.se', file: 'miljoforvaltningen' },
  sbn: { name: 'Lina Persson', email: 'lina.persson@malmo.se', file: 'stadsbyggnadskontoret' },
  tn: { name: 'Daniel Forsberg', email: 'daniel.forsberg@malmo.se', file: 'fastighets-och-gatukontoret' },
  frn: { name: 'Emma Holm', email: 'emma.holm@malmo.se', file: 'fritidsforvaltningen' },
  fun: { name: 'Ali Rahimi', email: 'ali.rahimi@malmo.se', file: 'funktionsstodsforvaltningen' },
  hvn: { name: 'Maria Lund', email: 'maria.lund@malmo.se', file: 'halsa-vard-och-omsorgsforvaltningen' },
};
