/** Jest projects: pure code and hosts in node, the task pane in jsdom (STYLE.md). */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }];
const common = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: [
        "<rootDir>/src/{core,excel,xlsx,cli}/**/*.test.ts",
        "<rootDir>/tests/**/*.test.ts",
      ],
      setupFilesAfterEnv: ["<rootDir>/tests/setup/fastCheckSeed.ts"],
    },
    {
      ...common,
      displayName: "taskpane",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/taskpane/**/*.test.ts?(x)"],
      setupFilesAfterEnv: [
        "<rootDir>/tests/setup/setupJsdom.ts",
        "<rootDir>/tests/setup/fastCheckSeed.ts",
      ],
    },
  ],
};
