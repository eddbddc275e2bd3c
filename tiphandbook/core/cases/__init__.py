"""Case records: a checklist worked through for one case, with the user's entries encrypted at rest.

``templates`` freezes a checklist into the record, ``records`` is the record itself (progress, sign-off rules),
``crypto`` and ``vault`` hold the keys, ``export`` writes a record for the case file. The tables live in
``tiphandbook.core.store.case_records``.
"""
