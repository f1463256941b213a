import { createContext, useContext } from "react";

/**
 * The request's id (from the edge layer) during the server render, so the error page can show
 * the id that appears in the log. In the browser it is empty; the page keeps the server's text.
 */
const RequestIdContext = createContext<string>("");
export const RequestIdProvider = RequestIdContext.Provider;
export const useRequestId = () => useContext(RequestIdContext);
