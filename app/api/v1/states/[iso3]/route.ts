import { stateResource } from "@/lib/api/resources";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute<{ iso3: string }>(stateResource);
