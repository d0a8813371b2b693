// Allure 3 configuration for the E2E report (used by E2E.Reporting's AllureReportBuilder).
// Categories come from categories.json written into the results directory, so the Swedish rules live in one place.
import { existsSync, readFileSync } from "node:fs";

const categoriesFile = process.env.E2E_ALLURE_CATEGORIES;
const categories = categoriesFile && existsSync(categoriesFile)
  ? JSON.parse(readFileSync(categoriesFile, "utf-8"))
  : undefined;

// Allure's own history (trends, flaky, new failures), kept outside the wiped artifacts/ folder by the caller.
const historyPath = process.env.E2E_ALLURE_HISTORY || undefined;

const reportName = process.env.E2E_ALLURE_REPORT_NAME || "E2E samverkan SAMSA–Samvy";

// The default charts have English titles and some group by labels we do not write (epic, story, layer).
const charts = [
  { type: "currentStatus", title: "Status i den här körningen" },
  { type: "statusDynamics", title: "Status över tid" },
  { type: "statusTransitions", title: "Statusövergångar" },
  { type: "testResultSeverities", title: "Resultat per allvarlighetsgrad",
    levels: ["blocker", "critical", "normal", "minor", "trivial"],
    statuses: ["passed", "failed", "broken", "skipped", "unknown"], includeUnset: true },
  { type: "stabilityDistribution", title: "Stabilitet per process", skipStatuses: ["skipped", "unknown"],
    threshold: 90, groupBy: "label-name:parentSuite" },
  { type: "stabilityDistribution", title: "Stabilitet per riktning", skipStatuses: ["skipped", "unknown"],
    threshold: 90, groupBy: "label-name:riktning" },
  { type: "testBaseGrowthDynamics", title: "Antal scenarier över tid" },
  { type: "statusAgePyramid", title: "Hur länge statusen har stått sig" },
  { type: "durations", title: "Tidsåtgång per scenario", groupBy: "none" },
  { type: "durationDynamics", title: "Tidsåtgång över tid" },
];

export default {
  name: reportName,
  ...(categories ? { categories } : {}),
  // The last 60 runs: enough for trends and flaky detection, without the file growing for ever.
  ...(historyPath ? { historyPath, historyLimit: 60 } : {}),
  // Written for the timeline (host, thread) and for Allure's conventions, but noise for a process owner.
  hideLabels: ["host", "thread", "framework", "language"],
  plugins: {
    awesome: {
      options: {
        reportName,
        reportLanguage: "sv",
        // One index.html with scripts and data inside: opens by double-click from file:// without a server.
        singleFile: true,
        // Process ("P04 Inskrivningsmeddelande"), then each direction the scenario crossed, then the scenario.
        groupBy: ["parentSuite", "riktning"],
        charts,
        stepTreeExpansion: "expand_failed_only",
      },
    },
  },
};
