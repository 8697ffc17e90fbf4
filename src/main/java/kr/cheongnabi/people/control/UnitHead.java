package kr.cheongnabi.people.control;

import java.io.Serializable;

/** The head of a unit as the organisation page shows it; email null when none is known. */
public record UnitHead(long employeeId, String employeeNumber, String name, String email)
    implements Serializable {}
