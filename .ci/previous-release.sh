# Sourced by .ci/run while Debian's PostgreSQL runs: the previous release (2074270) runs on a
# database this release upgraded (PreviousReleaseAfterTheUpgrade). Builds 2074270's jar from git.
previous_release_after_the_upgrade() {
  local previous=2074270
  if ! git cat-file -e "${previous}^{commit}" 2>/dev/null; then
    echo "SKIPPED: ${previous} is not in this clone's history (a shallow clone?); the schema check"
    echo "UpgradeFrom2074270Test.theSchemaOnlyGrowsSoThePreviousReleaseStillRuns ran in the fast tests."
    return 0
  fi
  local work
  work="$(mktemp -d /tmp/claimtrail-previous.XXXXXX)"
  git worktree add --detach "$work/release" "$previous" >/dev/null
  (cd "$work/release" && ./mvnw -B -q -DskipTests package)
  ./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" -Dmdep.includeScope=test
  local status=0
  java -cp "target/test-classes:target/classes:$(cat "$work/cp.txt")" org.claimtrail.upgrade.PreviousReleaseAfterTheUpgrade \
    "jdbc:postgresql://127.0.0.1:${PG_PORT}" "$(ls target/claimtrail-*.jar | head -n 1)" \
    "$(ls "$work"/release/target/claimtrail-*.jar | head -n 1)" "$previous" || status=$?
  git worktree remove --force "$work/release" >/dev/null 2>&1 || true
  rm -rf "$work"
  return $status
}
