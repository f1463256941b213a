export * from "./agreements";
export * from "./counselling";
export * from "./employers";
export * from "./graduates";
export * from "./interviews";
export * from "./people";
export * from "./postings";
export * from "./support";
