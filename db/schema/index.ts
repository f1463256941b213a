export * from "./people";
export * from "./platform";
export * from "./vetting";
export * from "./graduates";
export * from "./destinations";
export * from "./agreements";
export * from "./interviews";
export * from "./saved-searches";
