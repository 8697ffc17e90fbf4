package kr.cheongnabi.requirement.control;

/**
 * What an employee owes in a year.
 *
 * @param countedDays the days of the year the employee was active
 * @param faceToFaceRequired whether a face-to-face session is owed too (hired or promoted in the
 *     year, and owing something)
 */
public record Owed(
    int owedMinutes, int floorMinutes, int countedDays, boolean faceToFaceRequired) {}
