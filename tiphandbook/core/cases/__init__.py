"""Case records: a checklist worked through for one case, with the user's entries encrypted at rest.

``templates`` freezes a checklist into the record, ``records`` is the record itself (progress, sign-off rules),
``crypto`` and ``vault`` hold the keys, ``case_store`` keeps records in the user database (its tables and queries),
``export`` writes a record for the case file.
"""
