-- The default rating scale. It is data: administrators change labels, scores and order, or retire a rating
-- (active = false) without a release. Scores map onto 0 (false) .. 1 (true); ratings that say nothing
-- about truth have none.
insert into rating (created_at, modified_at, created_by, modified_by, version, code, label, description, score, position, active)
values
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'TRUE', 'True', 'The statement is accurate and nothing significant is missing.', 1.00, 10, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'MOSTLY_TRUE', 'Mostly true', 'Accurate, but needs clarification or additional information.', 0.75, 20, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'MIXED', 'Mixed', 'Partly accurate, partly not.', 0.50, 30, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'MOSTLY_FALSE', 'Mostly false', 'Contains an element of truth but ignores facts that would give a different impression.', 0.25, 40, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'FALSE', 'False', 'The statement is not accurate.', 0.00, 50, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'MISLEADING', 'Misleading', 'Accurate in its parts but arranged to give a false impression.', null, 60, true),
 (current_timestamp, current_timestamp, 'system', 'system', 0, 'UNPROVEN', 'Unproven', 'The available evidence can neither confirm nor refute it.', null, 70, true);
