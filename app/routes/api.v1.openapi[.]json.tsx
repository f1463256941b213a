import { getEnv } from "../config/env.server";
import { apiJson } from "../postings/api.server";

const stringArray = { type: "array", items: { type: "string" } };
const repeatable = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  description,
  schema: { type: "array", items: schema },
  style: "form",
  explode: true,
});

/** The public API's contract, served by the site so aggregators can generate clients from it. */
export async function loader() {
  const hit = {
    type: "object",
    required: [
      "id",
      "title",
      "employer",
      "cities",
      "salaryMin",
      "salaryMax",
      "jobType",
      "degree",
      "publishedAt",
      "deadline",
      "url",
    ],
    properties: {
      id: { type: "string", format: "uuid" },
      title: { type: "string" },
      employer: { type: "object", properties: { name: { type: "string" } } },
      cities: stringArray,
      salaryMin: { type: "integer", description: "monthly base pay, CNY" },
      salaryMax: { type: "integer", description: "monthly base pay, CNY" },
      jobType: { type: "string", enum: ["full_time", "internship", "part_time"] },
      degree: { type: "string", enum: ["any", "associate", "bachelor", "master", "doctor"] },
      publishedAt: { type: "string", format: "date-time" },
      deadline: { type: "string", format: "date-time" },
      url: { type: "string", format: "uri" },
    },
  };
  const bilingualText = { type: "object", properties: { zh: { type: "string" }, en: { type: "string" } } };
  const error = {
    type: "object",
    properties: {
      error: bilingualText,
      fieldErrors: { type: "object", additionalProperties: { type: "array", items: bilingualText } },
    },
  };
  return apiJson({
    openapi: "3.1.0",
    info: {
      title: "jiuye public postings API",
      version: "1.0.0",
      description: "Vetted, open job postings of the school's career centre. Read-only; CORS enabled for GET.",
    },
    servers: [{ url: `${getEnv().publicUrl}/api/v1` }],
    paths: {
      "/postings": {
        get: {
          summary: "Search open postings",
          parameters: [
            {
              name: "q",
              in: "query",
              schema: { type: "string", maxLength: 100 },
              description: "Chinese or English text; typo-tolerant, with synonyms",
            },
            repeatable("province", "Province, e.g. 浙江省 (repeatable: any of)"),
            repeatable("city", "City, e.g. 杭州 (repeatable: any of)"),
            repeatable("jobType", "full_time | internship | part_time", {
              type: "string",
              enum: ["full_time", "internship", "part_time"],
            }),
            repeatable("degree", "any | associate | bachelor | master | doctor", {
              type: "string",
              enum: ["any", "associate", "bachelor", "master", "doctor"],
            }),
            {
              name: "salaryMin",
              in: "query",
              schema: { type: "integer", minimum: 0, maximum: 200000 },
              description: "postings paying at least this per month (upper bound ≥ value)",
            },
            {
              name: "sort",
              in: "query",
              schema: { type: "string", enum: ["relevance", "newest", "salary", "deadline"] },
            },
            { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 500, default: 1 } },
            { name: "pageSize", in: "query", schema: { type: "integer", minimum: 1, maximum: 50, default: 20 } },
            {
              name: "facets",
              in: "query",
              schema: { type: "string", enum: ["none"] },
              description: "none: answer without facet counts (faster; for as-you-type suggestions)",
            },
          ],
          responses: {
            "200": {
              description: "Matching postings",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      hits: { type: "array", items: hit },
                      total: { type: "integer" },
                      page: { type: "integer" },
                      pageSize: { type: "integer" },
                      facets: {
                        type: "object",
                        additionalProperties: { type: "object", additionalProperties: { type: "integer" } },
                      },
                      correction: {
                        description: "When nothing matched the words as typed: what was searched for instead",
                        type: ["object", "null"],
                        properties: { from: { type: "string" }, to: { type: "string" } },
                      },
                    },
                  },
                },
              },
            },
            "400": {
              description: "Invalid parameters, with a message per field",
              content: { "application/json": { schema: error } },
            },
          },
        },
      },
      "/postings/{id}": {
        get: {
          summary: "One open posting",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } }],
          responses: {
            "200": { description: "The posting", content: { "application/json": { schema: hit } } },
            "400": { description: "Malformed id", content: { "application/json": { schema: error } } },
            "404": { description: "No such open posting", content: { "application/json": { schema: error } } },
          },
        },
      },
    },
  });
}
