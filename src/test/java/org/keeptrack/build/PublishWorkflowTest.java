package org.keeptrack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The GitHub Pages workflow runs nowhere but on GitHub, so what can go wrong in it without a run is
 * checked here: that it is YAML, that it builds with the command the README gives, and that it
 * deploys {@code site/} with GitHub's own Pages actions and the permissions they need.
 */
class PublishWorkflowTest {

  private static final Path WORKFLOW = Path.of(".github/workflows/pages.yml");

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> steps(Map<String, Object> job) {
    return (List<Map<String, Object>>) job.get("steps");
  }

  private static Map<String, Object> workflow() throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    return map(
        new Yaml(new SafeConstructor(options))
            .load(Files.readString(WORKFLOW, StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> job(String name) throws IOException {
    return map(map(workflow().get("jobs")).get(name));
  }

  private static Map<String, Object> stepUsing(Map<String, Object> job, String action) {
    List<Map<String, Object>> found =
        steps(job).stream()
            .filter(step -> String.valueOf(step.get("uses")).startsWith(action + "@"))
            .toList();
    assertEquals(1, found.size(), "one step uses " + action);
    return found.get(0);
  }

  @Test
  void buildsWithTheCommandTheReadmeGives() throws IOException {
    List<String> commands =
        steps(job("build")).stream()
            .filter(step -> step.containsKey("run"))
            .map(step -> String.valueOf(step.get("run")).strip())
            .toList();
    assertEquals(1, commands.size(), commands.toString());
    String command = commands.get(0);
    assertTrue(command.startsWith("mvn -B generate-site "), command);
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("`" + command + "`"), "README.md must give " + command);
  }

  @Test
  void buildsOnAPinnedJava17AtTheAddressGitHubGives() throws IOException {
    Map<String, Object> build = job("build");
    Map<String, Object> java = map(stepUsing(build, "actions/setup-java").get("with"));
    assertEquals("temurin", java.get("distribution"));
    assertTrue(
        String.valueOf(java.get("java-version")).matches("17\\.\\d+\\.\\d+"),
        "an exact version of Java 17, not the newest of the day: " + java.get("java-version"));
    String id = String.valueOf(stepUsing(build, "actions/configure-pages").get("id"));
    Map<String, Object> building =
        steps(build).stream().filter(step -> step.containsKey("run")).findFirst().orElseThrow();
    // The address reaches the command through the environment, never pasted into the script.
    assertEquals(
        "${{ steps." + id + ".outputs.base_url }}", map(building.get("env")).get("BASE_URL"));
    assertTrue(String.valueOf(building.get("run")).contains("-Dsite.baseUrl=\"$BASE_URL\""));
  }

  @Test
  void deploysTheSiteFolderWithGitHubsPagesActions() throws IOException {
    Map<String, Object> build = job("build");
    assertEquals(
        "site", map(stepUsing(build, "actions/upload-pages-artifact").get("with")).get("path"));
    Map<String, Object> deploy = job("deploy");
    assertEquals("build", deploy.get("needs"));
    assertEquals("github-pages", map(deploy.get("environment")).get("name"));
    stepUsing(deploy, "actions/deploy-pages");
    for (String name : List.of("build", "deploy")) {
      for (Map<String, Object> step : steps(job(name))) {
        if (step.containsKey("uses")) {
          assertTrue(
              String.valueOf(step.get("uses")).matches("actions/[a-z-]+@v\\d+"),
              "GitHub's own actions, at a major version: " + step.get("uses"));
        }
      }
    }
  }

  @Test
  void hasThePermissionsOfADeploymentAndOneAtATime() throws IOException {
    Map<String, Object> workflow = workflow();
    assertEquals(
        Map.of("contents", "read", "pages", "write", "id-token", "write"),
        workflow.get("permissions"));
    Map<String, Object> concurrency = map(workflow.get("concurrency"));
    assertEquals("pages", concurrency.get("group"));
    // A deployment under way is never cut off half-published.
    assertEquals(false, concurrency.get("cancel-in-progress"));
    // YAML 1.1, which SnakeYAML reads, takes the key `on` for true.
    Map<String, Object> on = map(workflow.get(workflow.containsKey("on") ? "on" : Boolean.TRUE));
    assertEquals(List.of("main"), map(on.get("push")).get("branches"));
  }
}
