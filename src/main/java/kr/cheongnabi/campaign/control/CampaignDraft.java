package kr.cheongnabi.campaign.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kr.cheongnabi.campaign.entity.CampaignSchedule;

/** A campaign as the integrity officer writes it, before it is checked and saved. */
public record CampaignDraft(
    String title,
    String messageKo,
    String messageEn,
    String pledgeKo,
    String pledgeEn,
    String channelsKo,
    String channelsEn,
    String caseKey,
    Set<String> dutyAreas,
    Set<Long> unitIds,
    boolean seniorOfficials,
    List<ExternalRecipient> externals,
    CampaignSchedule schedule,
    LocalDate sendOn,
    Integer remindAfterDays)
    implements Serializable {}
