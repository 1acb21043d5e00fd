import { pledgesResource } from "@/features/api/resources";
import { apiRoute } from "@/features/api/route";

export const GET = apiRoute(pledgesResource);
