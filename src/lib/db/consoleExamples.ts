/**
 * Example questions for the SQL console, in words and in SQL, over the shipped tables. One click puts the SQL in the
 * field and runs it; every example is run on the real tables by a test, so a renamed column cannot break one quietly.
 */
export interface ConsoleExample {
	readonly nl: string;
	readonly en: string;
	readonly sql: string;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
	{
		nl: 'Welke tien gemeenten hebben de meeste inwoners?',
		en: 'Which ten municipalities have the most inhabitants?',
		sql: 'SELECT name, province, inhabitants\n  FROM gemeenten\n ORDER BY inhabitants DESC\n LIMIT 10'
	},
	{
		nl: 'Waar waren in 2023 de meeste misdrijven per 1.000 inwoners?',
		en: 'Where were the most offences per 1,000 inhabitants in 2023?',
		sql: "SELECT g.name, v.period, v.value AS misdrijven_per_1000\n  FROM indicator_values v\n  JOIN gemeenten g ON g.code = v.area_code\n WHERE v.indicator_id = 'misdrijven_per_1000' AND v.period = 2023\n ORDER BY v.value DESC\n LIMIT 20"
	},
	{
		nl: 'Over welke jaren heeft elke indicator cijfers?',
		en: 'Which years does each indicator have figures for?',
		sql: 'SELECT indicator_id, min(period) AS eerste_jaar, max(period) AS laatste_jaar, count(DISTINCT area_code) AS gebieden\n  FROM indicator_values\n GROUP BY indicator_id\n ORDER BY indicator_id'
	},
	{
		nl: 'Hoeveel bevindingen heeft elk traject per thema?',
		en: 'How many findings does each trajectory have per theme?',
		sql: "SELECT t.title AS traject, th.label_nl AS thema, count(*) AS bevindingen\n  FROM findings f\n  JOIN trajectories t USING (trajectory_id)\n  JOIN themes th USING (theme_id)\n WHERE f.stance = 'problem'\n GROUP BY ALL\n ORDER BY traject, bevindingen DESC"
	},
	{
		nl: 'Welke cijfers horen bij welk thema?',
		en: 'Which figures belong to which theme?',
		sql: 'SELECT th.label_nl AS thema, i.label_nl AS indicator, m.role AS rol\n  FROM theme_indicator_map m\n  JOIN themes th USING (theme_id)\n  JOIN indicators i USING (indicator_id)\n ORDER BY thema, rol'
	}
];
