"""Case records: passphrase dialogs, idle lock, the records list and the record view, export."""
