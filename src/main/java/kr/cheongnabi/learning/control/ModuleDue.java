package kr.cheongnabi.learning.control;

import java.time.LocalDate;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * A module open to the learner that they have not completed this training year, as their home page
 * lists it: without its lessons or description, which the list does not show.
 *
 * @param availableUntil the last day it is open, or null
 * @param started whether the learner has seen one of its lessons this training year
 */
public record ModuleDue(String key, Bilingual title, LocalDate availableUntil, boolean started) {}
