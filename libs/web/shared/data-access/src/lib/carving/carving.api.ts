import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  BusinessCaseDto,
  BusinessCaseQuery,
  DemandCatalogueDto,
  FunctionDto,
  FunctionSummaryDto,
  FunctionWriteRequest,
  InstantiateTemplateRequest,
  PackageDto,
  PackageListItemDto,
  PackageStatus,
  PackageVersionDto,
  PackageWriteRequest,
  PublishTemplateRequest,
  Sector,
  TaskDto,
  TaskWriteRequest,
  TemplateDto,
  UnitScanDto,
  UnitScanWriteRequest,
} from '@jcw/shared-contracts';
import { Observable } from 'rxjs';

export const CARVING_URL = {
  dimensions: '/api/dimensions',
  functions: '/api/functions',
  packages: '/api/packages',
  templates: '/api/templates',
  unitScans: '/api/unit-scans',
} as const;

const segment = (id: string) => encodeURIComponent(id);

export function functionUrl(id: string): string {
  return `${CARVING_URL.functions}/${segment(id)}`;
}

export function functionTasksUrl(functionId: string): string {
  return `${functionUrl(functionId)}/tasks`;
}

export function taskUrl(functionId: string, taskId: string): string {
  return `${functionTasksUrl(functionId)}/${segment(taskId)}`;
}

export function packageUrl(id: string): string {
  return `${CARVING_URL.packages}/${segment(id)}`;
}

export function templateUrl(id: string): string {
  return `${CARVING_URL.templates}/${segment(id)}`;
}

export function unitScanUrl(id: string): string {
  return `${CARVING_URL.unitScans}/${segment(id)}`;
}

export type PdfLanguage = 'nl' | 'en';

export interface TemplateFilter {
  sector?: Sector | null;
  q?: string | null;
}

/** Leaves out empty values, so the API applies its own defaults. */
function paramsOf(
  values: Readonly<Record<string, string | number | null | undefined>>,
): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * Job carving over HTTP: functions and their tasks, carved packages and templates. hr advisers
 * write; managers read what lies in their unit subtree. Errors come back as `ApiErrorBody`, e.g.
 * 409 `TASK_OVER_ALLOCATED` / `PACKAGE_NOT_EDITABLE` and 422 `PACKAGE_INVALID` with details.
 */
@Injectable({ providedIn: 'root' })
export class CarvingApi {
  private readonly http = inject(HttpClient);

  dimensions(): Observable<DemandCatalogueDto> {
    return this.http.get<DemandCatalogueDto>(CARVING_URL.dimensions);
  }

  // ------------------------------------------------------------ functions and tasks

  listFunctions(): Observable<FunctionSummaryDto[]> {
    return this.http.get<FunctionSummaryDto[]>(CARVING_URL.functions);
  }

  getFunction(id: string): Observable<FunctionDto> {
    return this.http.get<FunctionDto>(functionUrl(id));
  }

  createFunction(request: FunctionWriteRequest): Observable<FunctionDto> {
    return this.http.post<FunctionDto>(CARVING_URL.functions, request);
  }

  updateFunction(
    id: string,
    request: Partial<FunctionWriteRequest>,
  ): Observable<FunctionDto> {
    return this.http.patch<FunctionDto>(functionUrl(id), request);
  }

  deleteFunction(id: string): Observable<void> {
    return this.http.delete<void>(functionUrl(id));
  }

  createTask(
    functionId: string,
    request: TaskWriteRequest,
  ): Observable<TaskDto> {
    return this.http.post<TaskDto>(functionTasksUrl(functionId), request);
  }

  updateTask(
    functionId: string,
    taskId: string,
    request: Partial<TaskWriteRequest>,
  ): Observable<TaskDto> {
    return this.http.patch<TaskDto>(taskUrl(functionId, taskId), request);
  }

  deleteTask(functionId: string, taskId: string): Observable<void> {
    return this.http.delete<void>(taskUrl(functionId, taskId));
  }

  // ------------------------------------------------------------ packages

  listPackages(
    status?: PackageStatus | null,
  ): Observable<PackageListItemDto[]> {
    return this.http.get<PackageListItemDto[]>(CARVING_URL.packages, {
      params: paramsOf({ status }),
    });
  }

  getPackage(id: string): Observable<PackageDto> {
    return this.http.get<PackageDto>(packageUrl(id));
  }

  createPackage(request: PackageWriteRequest): Observable<PackageDto> {
    return this.http.post<PackageDto>(CARVING_URL.packages, request);
  }

  updatePackage(
    id: string,
    request: Partial<PackageWriteRequest>,
  ): Observable<PackageDto> {
    return this.http.patch<PackageDto>(packageUrl(id), request);
  }

  /** 422 `PACKAGE_INVALID` with details when the package breaks a rule. */
  publishPackage(id: string): Observable<PackageDto> {
    return this.http.post<PackageDto>(`${packageUrl(id)}/publish`, {});
  }

  closePackage(id: string): Observable<PackageDto> {
    return this.http.post<PackageDto>(`${packageUrl(id)}/close`, {});
  }

  packageVersions(id: string): Observable<PackageVersionDto[]> {
    return this.http.get<PackageVersionDto[]>(`${packageUrl(id)}/versions`);
  }

  businessCase(
    id: string,
    query: BusinessCaseQuery = {},
  ): Observable<BusinessCaseDto> {
    return this.http.get<BusinessCaseDto>(`${packageUrl(id)}/business-case`, {
      params: paramsOf({ ...query }),
    });
  }

  /** The PDF as a blob: the request needs the bearer token, so a plain link would not do. */
  packagePdf(id: string, lang: PdfLanguage): Observable<Blob> {
    return this.http.get(`${packageUrl(id)}/pdf`, {
      params: paramsOf({ lang }),
      responseType: 'blob',
    });
  }

  publishTemplate(
    packageId: string,
    request: PublishTemplateRequest,
  ): Observable<TemplateDto> {
    return this.http.post<TemplateDto>(
      `${packageUrl(packageId)}/template`,
      request,
    );
  }

  // ------------------------------------------------------------ templates

  listTemplates(filter: TemplateFilter = {}): Observable<TemplateDto[]> {
    return this.http.get<TemplateDto[]>(CARVING_URL.templates, {
      params: paramsOf({ sector: filter.sector, q: filter.q?.trim() }),
    });
  }

  getTemplate(id: string): Observable<TemplateDto> {
    return this.http.get<TemplateDto>(templateUrl(id));
  }

  instantiateTemplate(
    id: string,
    request: InstantiateTemplateRequest,
  ): Observable<PackageDto> {
    return this.http.post<PackageDto>(
      `${templateUrl(id)}/instantiate`,
      request,
    );
  }

  // ------------------------------------------------------------ unit scans

  /** The scans of one unit (or of every visible unit without `unitId`), newest first. */
  listUnitScans(unitId?: string | null): Observable<UnitScanDto[]> {
    return this.http.get<UnitScanDto[]>(CARVING_URL.unitScans, {
      params: paramsOf({ unitId }),
    });
  }

  getUnitScan(id: string): Observable<UnitScanDto> {
    return this.http.get<UnitScanDto>(unitScanUrl(id));
  }

  /** hr_adviser only; the answer carries the candidate tasks, largest first. */
  createUnitScan(request: UnitScanWriteRequest): Observable<UnitScanDto> {
    return this.http.post<UnitScanDto>(CARVING_URL.unitScans, request);
  }
}
