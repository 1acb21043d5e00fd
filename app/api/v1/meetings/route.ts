import { meetingsResource } from "@/features/api/resources";
import { apiRoute } from "@/features/api/route";

export const GET = apiRoute(meetingsResource);
