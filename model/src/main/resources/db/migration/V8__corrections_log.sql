-- The public corrections log reads the CORRECT moves newest first; without this it would scan every move.
create index ix_status_change_transition on status_change (transition, id);
