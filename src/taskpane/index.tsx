// Placeholder entry so the build has a task pane; replaced by the task pane work (issue 5).
export {};
