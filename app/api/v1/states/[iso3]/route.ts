import { stateResource } from "@/features/api/resources";
import { apiRoute } from "@/features/api/route";

export const GET = apiRoute<{ iso3: string }>(stateResource);
