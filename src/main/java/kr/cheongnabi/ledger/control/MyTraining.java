package kr.cheongnabi.ledger.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kr.cheongnabi.ledger.entity.LedgerEntry;
import kr.cheongnabi.ledger.entity.SourceKey;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.people.entity.Employee;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.control.PublicAddress;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.platform.entity.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in employee's own training record: whose it is always comes from the caller, never
 * from the request.
 */
@Stateless
@RolesAllowed(Role.EMPLOYEE_NAME)
public class MyTraining {

  @Inject Employees employees;
  @Inject Ledger ledger;
  @Inject TrainingCertificates certificates;
  @Inject @Any Instance<SourceTitles> namers;
  @Inject Instance<Targets> targets;

  @Inject
  @ConfigProperty(name = "public.url")
  Optional<String> publicUrl;

  public MyTrainingView year(int year) {
    var me = me();
    var total = ledger.totalOf(me.getId(), year);
    var target = targetOf(me.getId(), year);
    var entries = ledger.entriesOf(me.getId(), year);
    var titles = titlesOf(entries);
    var lines =
        entries.stream()
            .map(
                e -> {
                  return new MyTrainingView.Line(
                      LocalDateTime.ofInstant(e.getOccurredAt(), Credit.KOREA),
                      e.getKind(),
                      titles.get(e.getSource()),
                      e.getMinutes(),
                      e.getReason());
                })
            .collect(Collectors.toCollection(ArrayList::new));
    // Newest first, as people read a history: by when it happened, not by when it reached the
    // ledger (a session's attendance or an approved claim is entered after the day it took place),
    // and what was entered later first among entries of the same moment.
    Collections.reverse(lines);
    lines.sort(Comparator.comparing(MyTrainingView.Line::occurredAt).reversed());
    return new MyTrainingView(total, target, lines, null);
  }

  /**
   * Where I stand in the year, from the totals kept beside the ledger: no entry is read, so the
   * home page costs two small reads however long the history.
   */
  public MyTrainingView standing(int year) {
    var me = me();
    return new MyTrainingView(
        ledger.totalOf(me.getId(), year), targetOf(me.getId(), year), List.of(), null);
  }

  /** The employee's own target in the year; the defaults where nothing else knows it. */
  private EmployeeTarget targetOf(long employeeId, int year) {
    return targets.isResolvable()
        ? targets.get().of(employeeId, year)
        : EmployeeTarget.of(YearTarget.DEFAULT);
  }

  /**
   * The certificate of the year as a PDF, issued now if the target is met and none states the
   * current minutes yet.
   *
   * @param addressInUse the application's address as the request reached it, used when PUBLIC_URL
   *     (the address people use) is not set
   */
  public IssuedCertificate certificate(int year, Locale locale, String addressInUse) {
    var base = publicUrl.orElse(addressInUse);
    var verifyBase = PublicAddress.of(base, "certificate.xhtml?code=");
    var me = me();
    var certificate =
        certificates.issue(
            me.getId(),
            ledger.totalOf(me.getId(), year),
            targetOf(me.getId(), year).target(),
            locale);
    var code = new VerificationCode(certificate.getCode());
    var unit = me.getOrgUnit();
    var pdf =
        CertificateDocument.render(
            new CertificateContent(
                code,
                verifyBase + code.value(),
                me.getName(),
                me.getEmployeeNumber(),
                unit == null ? null : unit.getName().in(locale),
                certificate.getTrainingYear(),
                certificate.getTotalMinutes(),
                certificate.getOnlineMinutes(),
                certificate.getInPersonMinutes(),
                certificate.getExternalMinutes(),
                certificate.getTargetMinutes(),
                LocalDate.ofInstant(certificate.getIssuedAt(), Credit.KOREA),
                Locale.KOREAN.getLanguage().equals(locale.getLanguage())));
    return new IssuedCertificate(code, certificate.getTrainingYear(), pdf);
  }

  /** A certificate ready to download. */
  public record IssuedCertificate(VerificationCode code, int year, byte[] pdf) {}

  private Map<SourceKey, Bilingual> titlesOf(List<LedgerEntry> entries) {
    var byType =
        entries.stream()
            .map(LedgerEntry::getSource)
            .collect(Collectors.groupingBy(SourceKey::type));
    var titles = new HashMap<SourceKey, Bilingual>();
    for (var namer : namers) {
      var sources = byType.get(namer.sourceType());
      if (sources != null) {
        titles.putAll(namer.titles(sources));
      }
    }
    return titles;
  }

  private Employee me() {
    return employees.mine().orElseThrow(() -> new BusinessException("training.noEmployeeRecord"));
  }
}
