/**
 * Imported first by the entry points (serve, worker): the documented way to run the site is the
 * production way. Set before any other module loads, so React and Remix pick their production
 * builds too. `npm run dev` sets NODE_ENV=development explicitly (decision 012).
 */
process.env.NODE_ENV ||= "production";
