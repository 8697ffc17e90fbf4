package kr.cheongnabi.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.cheongnabi.cases.control.CaseView;
import kr.cheongnabi.cases.control.Cases;
import kr.cheongnabi.people.entity.DutyArea;

/**
 * me/case.xhtml?case=KEY: one published case, to read on a phone; the page a quiz statement's
 * feedback and a lesson link to. A case that is not published (or not there) answers 404.
 */
@Named
@RequestScoped
public class CaseBacking {

  @Inject Cases cases;

  private String caseKey;
  private CaseView view;

  public void load() {
    Map<String, DutyArea> byCode = new LinkedHashMap<>();
    cases.dutyAreas().forEach(a -> byCode.put(a.getCode(), a));
    view =
        caseKey == null
            ? null
            : cases.published(caseKey).map(c -> CaseView.of(c, byCode)).orElse(null);
    if (view == null) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
  }

  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }

  public CaseView getView() {
    return view;
  }
}
