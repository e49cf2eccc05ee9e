import { offerRate, type OfferRate } from './processStats';
import { difficultyDistribution, outcomeMix, roundsSummary, sentimentMix, type Answers, type RoundsSummary, type StatsExperience } from './stats';

/** The statistics of each department, for the stats page's table and chart. */

export interface DepartmentStats {
  /** The department id experiences use. */
  id: string;
  name: string;
  count: number;
  rounds: RoundsSummary;
  difficulty: Answers;
  outcomes: Answers;
  sentiment: Answers;
  offers: OfferRate;
}

/**
 * Statistics per department, in the order departments are listed; departments nobody reported on
 * get a row with a count of 0. An experience naming an unlisted department gets a row of its own.
 */
export function perDepartment(experiences: readonly StatsExperience[], departments: readonly { id: string; name: string }[]): DepartmentStats[] {
  const listed = departments.map((department) => department.id);
  const unlisted = [...new Set(experiences.map((experience) => experience.department).filter((id) => !listed.includes(id)))];
  const rows = [...departments, ...unlisted.map((id) => ({ id, name: id }))];
  return rows.map(({ id, name }) => {
    const own = experiences.filter((experience) => experience.department === id);
    return {
      id,
      name,
      count: own.length,
      rounds: roundsSummary(own),
      difficulty: difficultyDistribution(own),
      outcomes: outcomeMix(own),
      sentiment: sentimentMix(own),
      offers: offerRate(own),
    };
  });
}

/** How the experiences are shared between departments, as answers every experience gives: for the chart of experiences per department. */
export function departmentShares(rows: readonly DepartmentStats[]): Answers {
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return { total, answered: total, buckets: rows.map((row) => ({ key: row.id, label: row.name, count: row.count })) };
}
