package kr.cheongnabi.campaign.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import kr.cheongnabi.people.control.DutyAreas;
import kr.cheongnabi.people.control.OrgTree;
import kr.cheongnabi.people.control.UnitEntry;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.CsvCell;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.TrainingYear;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Delivered, opened and pledged for a round of a campaign: in total, per unit and per duty area (as
 * the recipients were when the round started), counted from the campaign's own rows, so the figures
 * match the mails sent exactly.
 */
@Stateless
public class CampaignTracking {

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TrainingYear.KOREA);

  @PersistenceContext EntityManager em;
  @EJB OrgTree tree;
  @EJB DutyAreas dutyAreas;

  /** The campaign's rounds (the years it went out in), latest first. */
  public List<Integer> rounds(long campaignId) {
    List<?> rounds =
        em.createNativeQuery(
                "SELECT DISTINCT round FROM campaign_recipient WHERE campaign_id = ?"
                    + " ORDER BY round DESC")
            .setParameter(1, campaignId)
            .getResultList();
    return rounds.stream().map(r -> ((Number) r).intValue()).toList();
  }

  public Tracking of(long campaignId, int round) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT r.name, r.email, r.kind, r.org_unit_id, r.duty_areas,"
                    + " (SELECT m.sent_at FROM campaign_mail m WHERE m.recipient_id = r.id"
                    + " AND m.stage = 'MESSAGE' AND m.state = 'SENT'),"
                    + " (SELECT COUNT(*) FROM campaign_mail m WHERE m.recipient_id = r.id"
                    + " AND m.stage = 'REMINDER' AND m.state = 'SENT'),"
                    + " r.opened_at, r.pledged_at FROM campaign_recipient r"
                    + " WHERE r.campaign_id = ? AND r.round = ? ORDER BY r.name, r.email")
            .setParameter(1, campaignId)
            .setParameter(2, round)
            .getResultList();
    var unitIds =
        rows.stream().filter(r -> r[3] != null).map(r -> ((Number) r[3]).longValue()).toList();
    var units = new HashMap<Long, UnitEntry>();
    tree.byIds(unitIds.stream().distinct().toList()).forEach(u -> units.put(u.id(), u));
    var areaNames = new LinkedHashMap<String, Bilingual>();
    dutyAreas.all().forEach(a -> areaNames.put(a.getCode(), a.getName()));

    var total = new Tally(new Bilingual("전체", "All"), 0, 0, 0, 0);
    var byUnit = new LinkedHashMap<Long, Tally>();
    var byArea = new LinkedHashMap<String, Tally>();
    var lines = new ArrayList<Tracking.Line>();
    for (var row : rows) {
      var delivered = instant(row[5]);
      var opened = instant(row[7]);
      var pledged = instant(row[8]);
      var isDelivered = delivered != null;
      total = total.add(isDelivered, opened != null, pledged != null);
      var unit = row[3] == null ? null : units.get(((Number) row[3]).longValue());
      if (unit != null) {
        byUnit.merge(
            unit.id(),
            new Tally(unit.name(), 0, 0, 0, 0).add(isDelivered, opened != null, pledged != null),
            (a, b) -> a.add(isDelivered, opened != null, pledged != null));
      }
      var codes =
          ((String) row[4]).isEmpty()
              ? List.<String>of()
              : Arrays.asList(((String) row[4]).split(","));
      for (var code : codes) {
        var name = areaNames.getOrDefault(code, new Bilingual(code, code));
        byArea.merge(
            code,
            new Tally(name, 0, 0, 0, 0).add(isDelivered, opened != null, pledged != null),
            (a, b) -> a.add(isDelivered, opened != null, pledged != null));
      }
      lines.add(
          new Tracking.Line(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              unit == null ? "" : unit.name().ko() + " (" + unit.code() + ")",
              codes.stream()
                  .map(c -> areaNames.getOrDefault(c, new Bilingual(c, c)).ko())
                  .reduce((a, b) -> a + ", " + b)
                  .orElse(""),
              delivered,
              ((Number) row[6]).intValue() > 0,
              opened,
              pledged));
    }
    var areas = new ArrayList<Tally>();
    areaNames.keySet().stream().filter(byArea::containsKey).forEach(c -> areas.add(byArea.get(c)));
    var unitTallies = new ArrayList<>(byUnit.values());
    unitTallies.sort((a, b) -> a.label().ko().compareTo(b.label().ko()));
    return new Tracking(round, total, unitTallies, areas, lines);
  }

  /** Every recipient of the round as CSV that Excel opens as UTF-8 (BOM, CRLF, text made safe). */
  public void writeCsv(long campaignId, int round, Locale locale, OutputStream out)
      throws IOException {
    var tracking = of(campaignId, round);
    var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    writer.write('\uFEFF');
    var csv = new CSVPrinter(writer, CSVFormat.EXCEL);
    csv.printRecord(
        CsvCell.row(
            List.of(
                Messages.format(locale, "campaign.csv.name"),
                Messages.format(locale, "campaign.csv.email"),
                Messages.format(locale, "campaign.csv.kind"),
                Messages.format(locale, "campaign.csv.unit"),
                Messages.format(locale, "campaign.csv.areas"),
                Messages.format(locale, "campaign.csv.delivered"),
                Messages.format(locale, "campaign.csv.reminded"),
                Messages.format(locale, "campaign.csv.opened"),
                Messages.format(locale, "campaign.csv.pledged"))));
    for (var line : tracking.lines()) {
      csv.printRecord(
          CsvCell.row(
              Arrays.asList(
                  line.name(),
                  line.email(),
                  line.kind(),
                  line.unit(),
                  line.areas(),
                  moment(line.deliveredAt()),
                  line.reminded() ? "Y" : "N",
                  moment(line.openedAt()),
                  moment(line.pledgedAt()))));
    }
    csv.flush();
  }

  private static String moment(Instant at) {
    return at == null ? "" : MOMENT.format(at);
  }

  /** A DATETIME as Connector/J hands it to a native query: written and read in the JVM's zone. */
  static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof LocalDateTime local
        ? Timestamp.valueOf(local).toInstant()
        : ((Timestamp) value).toInstant();
  }
}
