package kr.cheongnabi.people.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kr.cheongnabi.people.control.Employees;
import kr.cheongnabi.platform.boundary.Messages;
import kr.cheongnabi.platform.control.Accounts;
import kr.cheongnabi.platform.control.BusinessException;
import kr.cheongnabi.platform.entity.Role;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/accounts.xhtml: the sign-ins. An administrator opens one for an employee, changes roles,
 * unlocks a locked account and sets a new password for a person who forgot theirs.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One account as the table shows it. */
  public record AccountRow(
      long id,
      String username,
      String employeeNumber,
      Set<Role> roles,
      Instant lockedUntil,
      boolean locked)
      implements Serializable {}

  @Inject Accounts accounts;
  @Inject Employees employees;

  private String prefix;
  private final AccountTable table = new AccountTable();

  private AccountRow selected;
  private List<String> selectedRoles = new ArrayList<>();
  private String newPassword;

  private String username;
  private String employeeNumber;
  private String password;
  private List<String> roles = new ArrayList<>();

  public void search() {
    table.setRowCount(0);
  }

  public void choose(AccountRow row) {
    selected = row;
    selectedRoles =
        new ArrayList<>(
            row.roles().stream().filter(r -> r != Role.EMPLOYEE).map(Role::name).toList());
    newPassword = null;
  }

  public void saveRoles() {
    act(() -> accounts.grant(selected.id(), roleSet(selectedRoles)), "account.rolesSaved");
  }

  public void unlock() {
    act(() -> accounts.unlock(selected.id()), "account.unlocked");
  }

  public void resetPassword() {
    act(() -> accounts.resetPassword(selected.id(), newPassword), "account.passwordReset");
    newPassword = null;
  }

  public void open() {
    try {
      Long employeeId = null;
      if (employeeNumber != null && !employeeNumber.isBlank()) {
        employeeId =
            employees
                .byNumber(employeeNumber.trim())
                .orElseThrow(() -> new BusinessException("account.noSuchEmployee", employeeNumber))
                .getId();
      }
      accounts.open(username.trim(), password, employeeId, roleSet(roles));
      Messages.info("account.opened", username.trim());
      username = null;
      employeeNumber = null;
      password = null;
      roles = new ArrayList<>();
      search();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      Messages.info(doneKey, selected.username());
      selected = null;
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The roles ticked in a form; the check boxes send their names. */
  private static Set<Role> roleSet(List<String> chosen) {
    var set = EnumSet.noneOf(Role.class);
    chosen.stream().map(Role::valueOf).forEach(set::add);
    return set;
  }

  private class AccountTable extends LazyDataModel<AccountRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return accounts.count(prefix);
    }

    @Override
    public List<AccountRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      var page = accounts.search(prefix, first, pageSize);
      var numbers =
          employees.numbersOf(
              page.stream()
                  .map(a -> a.getEmployeeId())
                  .filter(id -> id != null)
                  .collect(Collectors.toSet()));
      var now = Instant.now();
      return page.stream()
          .map(
              a ->
                  new AccountRow(
                      a.getId(),
                      a.getUsername(),
                      a.getEmployeeId() == null ? null : numbers.get(a.getEmployeeId()),
                      a.getRoles(),
                      a.getLockedUntil(),
                      a.isLockedAt(now)))
          .toList();
    }

    @Override
    public String getRowKey(AccountRow row) {
      return Long.toString(row.id());
    }
  }

  public LazyDataModel<AccountRow> getTable() {
    return table;
  }

  public Role[] getGrantableRoles() {
    return new Role[] {Role.TRAINER, Role.HR, Role.ADMIN};
  }

  public AccountRow getSelected() {
    return selected;
  }

  public String getPrefix() {
    return prefix;
  }

  public void setPrefix(String prefix) {
    this.prefix = prefix;
  }

  public List<String> getSelectedRoles() {
    return selectedRoles;
  }

  public void setSelectedRoles(List<String> selectedRoles) {
    this.selectedRoles = selectedRoles;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getEmployeeNumber() {
    return employeeNumber;
  }

  public void setEmployeeNumber(String employeeNumber) {
    this.employeeNumber = employeeNumber;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
