package kr.cheongnabi.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.cheongnabi.cases.control.CaseView;
import kr.cheongnabi.cases.control.Cases;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.people.entity.DutyArea;

/**
 * me/cases.xhtml?q=…&amp;area=…&amp;law=…: the published cases, found by words of their texts in
 * Korean or English and narrowed by duty area and law. A plain GET form, so that a search is an
 * address the phone's back button returns to, and the page keeps no state.
 */
@Named
@RequestScoped
public class MyCasesBacking {

  @Inject Cases cases;

  private String q;
  private String area;
  private String law;
  private List<CaseView> results;
  private List<DutyArea> areas;

  public void load() {
    Map<String, DutyArea> byCode = new LinkedHashMap<>();
    cases.dutyAreas().forEach(a -> byCode.put(a.getCode(), a));
    areas = List.copyOf(byCode.values());
    String chosenArea = byCode.containsKey(area) ? area : null;
    Law chosenLaw = Law.ofCode(law == null ? "" : law).orElse(null);
    area = chosenArea;
    law = chosenLaw == null ? null : chosenLaw.code();
    results =
        cases.search(q, chosenArea, chosenLaw).stream().map(c -> CaseView.of(c, byCode)).toList();
  }

  /** Whether the list is narrowed by words, an area or a law. */
  public boolean isFiltered() {
    return (q != null && !q.isBlank()) || area != null || law != null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q == null ? null : q.strip();
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getLaw() {
    return law;
  }

  public void setLaw(String law) {
    this.law = law;
  }

  public List<CaseView> getResults() {
    return results;
  }

  public List<DutyArea> getAreas() {
    return areas;
  }

  public Law[] getLaws() {
    return Law.values();
  }
}
