package kr.cheongnabi.learning.control;

import java.io.Serializable;
import java.time.Instant;
import kr.cheongnabi.platform.entity.Bilingual;

/** A session as an employee's list shows it, with their own state. */
public record SessionCard(
    long id,
    Bilingual title,
    Instant startsAt,
    int durationMinutes,
    String place,
    int seatsLeft,
    boolean faceToFace,
    boolean registered,
    boolean attended,
    int minutesCredited)
    implements Serializable {}
