package kr.cheongnabi.campaign.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * An integrity alert campaign: the integrity officer's message in Korean and English (rich text,
 * sanitized when shown), the pledge sentence, the reporting channels, an optional case of the case
 * library, who it reaches and when it goes out.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.ALL, query = "SELECT c FROM Campaign c ORDER BY c.id DESC")
@NamedQuery(
    name = Campaign.OPEN,
    query = "SELECT c FROM Campaign c WHERE c.cancelledAt IS NULL ORDER BY c.id")
public class Campaign {

  public static final String ALL = "Campaign.all";
  public static final String OPEN = "Campaign.open";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String title;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "message_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "message_en"))
  private Bilingual message;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "pledge_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "pledge_en"))
  private Bilingual pledge;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "channels_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "channels_en"))
  private Bilingual channels;

  @Column(name = "case_key")
  private String caseKey;

  @Column(name = "duty_areas")
  private String dutyAreas;

  @Column(name = "unit_ids")
  private String unitIds;

  @Column(name = "senior_officials")
  private boolean seniorOfficials;

  @Enumerated(EnumType.STRING)
  private CampaignSchedule schedule;

  @Column(name = "send_on")
  private LocalDate sendOn;

  @Column(name = "remind_after_days")
  private Integer remindAfterDays;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version private long version;

  protected Campaign() {}

  /**
   * @param sendOn the day of an ON_DATE campaign, or the day HR pressed "send now"; null for a
   *     yearly one
   */
  public Campaign(
      String title,
      Bilingual message,
      Bilingual pledge,
      Bilingual channels,
      String caseKey,
      Set<String> dutyAreas,
      Set<Long> unitIds,
      boolean seniorOfficials,
      CampaignSchedule schedule,
      LocalDate sendOn,
      Integer remindAfterDays,
      String createdBy,
      Instant createdAt) {
    this.title = title;
    this.message = message;
    this.pledge = pledge;
    this.channels = channels;
    this.caseKey = caseKey;
    this.dutyAreas = String.join(",", new TreeSet<>(dutyAreas));
    this.unitIds =
        new TreeSet<>(unitIds).stream().map(String::valueOf).collect(Collectors.joining(","));
    this.seniorOfficials = seniorOfficials;
    this.schedule = schedule;
    this.sendOn = sendOn;
    this.remindAfterDays = remindAfterDays;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void cancel(Instant at) {
    cancelledAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public Bilingual getMessage() {
    return message;
  }

  public Bilingual getPledge() {
    return pledge;
  }

  public Bilingual getChannels() {
    return channels;
  }

  public String getCaseKey() {
    return caseKey;
  }

  public Set<String> getDutyAreas() {
    return dutyAreas.isEmpty()
        ? Set.of()
        : Arrays.stream(dutyAreas.split(",")).collect(Collectors.toCollection(TreeSet::new));
  }

  public Set<Long> getUnitIds() {
    return unitIds.isEmpty()
        ? Set.of()
        : Arrays.stream(unitIds.split(","))
            .map(Long::valueOf)
            .collect(Collectors.toCollection(TreeSet::new));
  }

  public boolean isSeniorOfficials() {
    return seniorOfficials;
  }

  public CampaignSchedule getSchedule() {
    return schedule;
  }

  public LocalDate getSendOn() {
    return sendOn;
  }

  public Integer getRemindAfterDays() {
    return remindAfterDays;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getCancelledAt() {
    return cancelledAt;
  }

  public long getVersion() {
    return version;
  }
}
