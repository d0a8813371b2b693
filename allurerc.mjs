// Allure 3 configuration for the E2E report (used by E2E.Reporting's AllureReportBuilder).
// Categories come from categories.json written into the results directory, so the Swedish rules live in one place.
import { existsSync, readFileSync } from "node:fs";

const categoriesFile = process.env.E2E_ALLURE_CATEGORIES;
const categories = categoriesFile && existsSync(categoriesFile)
  ? JSON.parse(readFileSync(categoriesFile, "utf-8"))
  : undefined;

export default {
  name: process.env.E2E_ALLURE_REPORT_NAME || "E2E samverkan SAMSA–Samvy",
  ...(categories ? { categories } : {}),
  plugins: {
    awesome: {
      options: {
        reportName: process.env.E2E_ALLURE_REPORT_NAME || "E2E samverkan SAMSA–Samvy",
        reportLanguage: "sv",
        singleFile: false,
        groupBy: ["parentSuite", "suite", "subSuite"],
        stepTreeExpansion: "expand_failed_only",
      },
    },
  },
};
