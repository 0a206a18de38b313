-- Alerts lead to action (issue 14).
--
-- A keyword hit's response: pending (no row), noted (已留意), reminded
-- (已提醒) or handled (已处理). Scans delete and re-insert keyword_hits, so
-- the state is kept apart, keyed by the hit's stable identity (the message
-- and the watched word), and survives every rescan.
CREATE TABLE keyword_hit_states (
	event_id INTEGER NOT NULL,                                   -- events(id)
	word_id  INTEGER NOT NULL REFERENCES watch_words(id) ON DELETE CASCADE,
	state    TEXT NOT NULL CHECK (state IN ('noted', 'reminded', 'handled')),
	at       TEXT NOT NULL,                                      -- when it was set
	PRIMARY KEY (event_id, word_id)
) STRICT, WITHOUT ROWID;

-- A violation logged from a keyword hit points back at it.
ALTER TABLE planner_violations ADD COLUMN hit_event_id INTEGER;
ALTER TABLE planner_violations ADD COLUMN hit_word_id INTEGER REFERENCES watch_words(id) ON DELETE SET NULL;
CREATE INDEX planner_violations_hit ON planner_violations(hit_event_id, hit_word_id) WHERE hit_event_id IS NOT NULL;

-- One rule list per group: the group form's rules text becomes planner
-- rules, one per non-empty line in order, after the rules the planner
-- already holds and without repeating one of them; then the text goes.
WITH RECURSIVE split(group_id, n, line, rest) AS (
	SELECT id, 0, NULL, replace(rules, char(13), '') || char(10) FROM groups WHERE rules <> ''
	UNION ALL
	SELECT group_id, n + 1, substr(rest, 1, instr(rest, char(10)) - 1), substr(rest, instr(rest, char(10)) + 1)
	FROM split WHERE rest <> ''
), lines AS (
	SELECT group_id, min(n) AS n, trim(line, ' ' || char(9) || char(12288)) AS text
	FROM split WHERE line IS NOT NULL AND trim(line, ' ' || char(9) || char(12288)) <> ''
	GROUP BY group_id, text
), fresh AS (
	SELECT l.group_id, l.n, l.text FROM lines l
	WHERE NOT EXISTS (SELECT 1 FROM planner_rules p WHERE p.group_id = l.group_id AND p.text = l.text)
)
INSERT INTO planner_rules (group_id, idx, text)
SELECT f.group_id,
	(SELECT coalesce(max(p.idx) + 1, 0) FROM planner_rules p WHERE p.group_id = f.group_id)
		+ row_number() OVER (PARTITION BY f.group_id ORDER BY f.n) - 1,
	f.text
FROM fresh f;

ALTER TABLE groups DROP COLUMN rules;
