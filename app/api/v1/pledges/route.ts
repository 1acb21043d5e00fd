import { pledgesResource } from "@/lib/api/resources";
import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute(pledgesResource);
