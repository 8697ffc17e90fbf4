package kr.cheongnabi.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The integrity cases shipped in src/main/resources/cases/: every file reads without a problem,
 * with the duty areas the migration seeds; each is published, in both languages, under a key that
 * is its file's name.
 */
class BundledCasesTest {

  private static final Path FOLDER = Path.of("src/main/resources/cases");
  private static final Path MIGRATION =
      Path.of("src/main/resources/db/migration/V21__integrity_cases.sql");

  @Test
  void everyBundledCaseReadsPublishedInBothLanguages() throws IOException {
    var reader = new CaseFileReader(seededAreas());
    var keys = new HashSet<String>();
    var laws = new HashSet<Object>();
    var areas = new HashSet<String>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(FOLDER)) {
      files = listing.filter(f -> f.toString().endsWith(CaseFilesAtStartUp.ENDING)).toList();
    }
    assertTrue(files.size() >= 12, "at least 12 cases are shipped: " + files.size());
    for (Path path : files) {
      String name = path.getFileName().toString();
      var file = reader.read(name, Files.readString(path, StandardCharsets.UTF_8));
      assertTrue(file.isValid(), () -> file.problems().toString());
      var draft = file.draft();
      assertTrue(file.published(), name);
      assertEquals(name, draft.key() + CaseFilesAtStartUp.ENDING, "the key is the file's name");
      for (String english :
          new String[] {
            draft.titleEn(), draft.situationEn(), draft.ruleEn(), draft.conductEn(), draft.lawEn()
          }) {
        assertNotNull(english, name + " has every part in English");
      }
      assertFalse(draft.laws().isEmpty(), name);
      keys.add(draft.key());
      laws.addAll(draft.laws());
      areas.addAll(draft.dutyAreas());
    }
    assertEquals(files.size(), keys.size());
    assertEquals(5, laws.size(), "every law has a case");
    assertEquals(seededAreas(), areas, "every duty area has a case");
  }

  private static Set<String> seededAreas() throws IOException {
    String sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
    var rows = Pattern.compile("\\('([a-z-]+)', '").matcher(sql);
    return rows.results().map(m -> m.group(1)).collect(Collectors.toSet());
  }
}
