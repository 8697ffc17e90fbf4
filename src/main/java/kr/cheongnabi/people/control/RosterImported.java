package kr.cheongnabi.people.control;

/** A roster import was written and committed; figures derived from employees are stale. */
public record RosterImported(long importId, RosterCounts counts) {}
