import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { openApiDocument } from "@/features/api/openapi";

type Doc = ReturnType<typeof openApiDocument>;
type Json = Record<string, unknown>;

/**
 * Validates real responses against the served OpenAPI document: the schema is found the way a client would find
 * it, from the path, the status code and the content type, and then its $ref into components.
 */
export function openApiValidator(doc: Doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  const components = doc.components.schemas as Record<string, Json>;
  return function validate(pathTemplate: string, response: { status: number; contentType: string | null; body: unknown }): void {
    const operation = (
      doc.paths as Record<string, { get: { responses: Record<string, { content: Record<string, { schema: { $ref: string } }> }> } }>
    )[pathTemplate]?.get;
    if (!operation) throw new Error(`${pathTemplate} is not in the OpenAPI document`);
    const described = operation.responses[String(response.status)];
    if (!described) throw new Error(`${pathTemplate} answered ${response.status}, which the document does not describe`);
    const mediaType = (response.contentType ?? "").split(";")[0].trim();
    const content = described.content[mediaType];
    if (!content)
      throw new Error(`${pathTemplate} ${response.status} answered ${mediaType}; the document says ${Object.keys(described.content).join(", ")}`);
    const name = content.schema.$ref.replace("#/components/schemas/", "");
    if (!compiled.has(name)) compiled.set(name, ajv.compile(components[name]));
    const check = compiled.get(name)!;
    if (!check(response.body)) throw new Error(`${pathTemplate} ${response.status} does not match ${name}: ${ajv.errorsText(check.errors)}`);
  };
}

export async function readJson(response: Response) {
  return { status: response.status, contentType: response.headers.get("content-type"), body: (await response.json()) as Json & { data?: unknown } };
}
