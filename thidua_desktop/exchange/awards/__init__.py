"""Khen thưởng dossiers between offices: a proposal with its papers goes up as a signed package
(`send`), the receiving level's answer comes back down (`send`), each received and applied with
the checks every package gets (`receive`); what each package carries is `contents`."""
