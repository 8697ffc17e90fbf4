package kr.cheongnabi.learning.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import kr.cheongnabi.platform.entity.Bilingual;

/**
 * An in-person session a trainer schedules. The seats taken are kept in {@code registered}, changed
 * only by conditional SQL updates in {@code Registrations}, never through this entity.
 */
@Entity
@Table(name = "training_session")
@NamedQuery(
    name = TrainingSession.ALL,
    query = "SELECT s FROM TrainingSession s ORDER BY s.startsAt DESC")
@NamedQuery(
    name = TrainingSession.UPCOMING,
    query =
        "SELECT s FROM TrainingSession s WHERE s.published = TRUE AND s.startsAt > :now"
            + " ORDER BY s.startsAt")
public class TrainingSession {

  public static final String ALL = "TrainingSession.all";
  public static final String UPCOMING = "TrainingSession.upcoming";

  /** Check-in opens this long before the start and stays open this long after the end. */
  public static final Duration CHECK_IN_MARGIN = Duration.ofMinutes(30);

  private static final SecureRandom SECRETS = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded
  @AttributeOverride(name = "ko", column = @Column(name = "title_ko"))
  @AttributeOverride(name = "en", column = @Column(name = "title_en"))
  private Bilingual title;

  @Column(name = "starts_at")
  private Instant startsAt;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  private String place;
  private int capacity;

  @Column(insertable = false, updatable = false)
  private int registered;

  @Column(name = "face_to_face")
  private boolean faceToFace;

  private boolean published;

  @Column(name = "check_in_secret", updatable = false)
  private byte[] checkInSecret;

  @Version private long version;

  protected TrainingSession() {}

  private TrainingSession(SessionDetails details, byte[] checkInSecret) {
    change(details);
    this.checkInSecret = checkInSecret;
  }

  /** A new session with its own random check-in secret. */
  public static TrainingSession schedule(SessionDetails details) {
    var secret = new byte[32];
    SECRETS.nextBytes(secret);
    return new TrainingSession(details, secret);
  }

  public void change(SessionDetails details) {
    title = details.title();
    startsAt = details.startsAt();
    durationMinutes = details.durationMinutes();
    place = details.place();
    capacity = details.capacity();
    faceToFace = details.faceToFace();
    published = details.published();
  }

  public SessionDetails details() {
    return new SessionDetails(
        title.ko(), title.en(), startsAt, durationMinutes, place, capacity, faceToFace, published);
  }

  public Instant endsAt() {
    return startsAt.plus(Duration.ofMinutes(durationMinutes));
  }

  /** Whether people may check themselves in, or be recorded as present, at this moment. */
  public boolean isAttendanceOpen(Instant now) {
    return !now.isBefore(startsAt.minus(CHECK_IN_MARGIN));
  }

  public boolean isCheckInOpen(Instant now) {
    return isAttendanceOpen(now) && !now.isAfter(endsAt().plus(CHECK_IN_MARGIN));
  }

  public Long getId() {
    return id;
  }

  public Bilingual getTitle() {
    return title;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public String getPlace() {
    return place;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getRegistered() {
    return registered;
  }

  public boolean isFaceToFace() {
    return faceToFace;
  }

  public boolean isPublished() {
    return published;
  }

  public byte[] getCheckInSecret() {
    return checkInSecret.clone();
  }

  public long getVersion() {
    return version;
  }
}
