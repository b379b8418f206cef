{{/*
Chart name, trimmed to the 63 characters of a DNS label.
*/}}
{{- define "openkazan.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the release's resources: <release>-openkazan, or the release name when it already contains the chart name.
*/}}
{{- define "openkazan.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "openkazan.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of every resource. Each resource adds its app.kubernetes.io/component.
*/}}
{{- define "openkazan.labels" -}}
helm.sh/chart: {{ include "openkazan.chart" . }}
{{ include "openkazan.instanceLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: openkazan
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "openkazan.instanceLabels" -}}
app.kubernetes.io/name: {{ include "openkazan.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector of the web pods (Deployment, Service, PDB). The component keeps the migration Job's pod out of the Service.
*/}}
{{- define "openkazan.selectorLabels" -}}
{{ include "openkazan.instanceLabels" . }}
app.kubernetes.io/component: web
{{- end }}

{{- define "openkazan.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag | toString) }}
{{- end }}
{{- end }}

{{- define "openkazan.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "openkazan.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The migration Job runs before the chart's own resources exist (pre-install hook), so it can use the chart's service
account only when that account is created outside the chart.
*/}}
{{- define "openkazan.migrationServiceAccountName" -}}
{{- if .Values.migrations.serviceAccountName }}
{{- .Values.migrations.serviceAccountName }}
{{- else if not .Values.serviceAccount.create }}
{{- include "openkazan.serviceAccountName" . }}
{{- end }}
{{- end }}

{{- define "openkazan.wildcardTlsSecretName" -}}
{{- default (printf "%s-wildcard-tls" (include "openkazan.fullname" .)) .Values.ingress.tls.secretName }}
{{- end }}

{{/*
Fails early on values the application cannot run with.
*/}}
{{- define "openkazan.validate" -}}
{{- $provider := .Values.database.provider }}
{{- if not (has $provider (list "PostgreSql" "SqlServer")) }}
{{- fail (printf "database.provider must be PostgreSql or SqlServer (SQLite is single-node and embedded), not %q" (toString $provider)) }}
{{- end }}
{{- $kind := .Values.fileStorage.kind }}
{{- if not (has $kind (list "AzureBlob" "LocalFolder")) }}
{{- fail (printf "fileStorage.kind must be AzureBlob or LocalFolder, not %q" (toString $kind)) }}
{{- end }}
{{- if and (eq $kind "LocalFolder") (or .Values.autoscaling.enabled (gt (int .Values.replicaCount) 1)) }}
{{- fail "fileStorage.kind LocalFolder keeps files in one pod: use AzureBlob with several replicas or autoscaling" }}
{{- end }}
{{- if not .Values.tenancy.baseDomain }}
{{- fail "tenancy.baseDomain is required" }}
{{- end }}
{{- range .Values.database.cities }}
{{- if not (regexMatch "^[A-Za-z0-9][A-Za-z0-9._-]*$" (get . "name" | toString)) }}
{{- fail (printf "database.cities: %q is not a valid connection string name (letters, digits, '.', '_', '-')" (get . "name" | toString)) }}
{{- end }}
{{- end }}
{{- end }}

{{/*
A secretKeyRef body for a secret value: the chart's Secret when the inline value is set, otherwise the existing Secret.
Arguments: root (the chart context), ref (value, existingSecret, key), inlineKey (key in the chart's Secret), what.
*/}}
{{- define "openkazan.secretKeyRef" -}}
{{- $ref := default dict .ref }}
{{- if get $ref "value" -}}
name: {{ include "openkazan.fullname" .root }}
key: {{ .inlineKey }}
{{- else if get $ref "existingSecret" -}}
name: {{ get $ref "existingSecret" }}
key: {{ required (printf "%s.key is required with existingSecret" .what) (get $ref "key") }}
{{- else }}
{{- fail (printf "%s: set existingSecret and key (or an inline value for a test install)" .what) }}
{{- end }}
{{- end }}

{{- define "openkazan.identityInline" -}}
{{- if and .Values.identity.certificates.enabled .Values.identity.certificates.signingCertificate }}true{{ end }}
{{- end }}

{{/*
Data of the chart's Secret: only the inline values that are set (base64-encoded). Empty when there are none.
*/}}
{{- define "openkazan.inlineSecretData" -}}
{{- with .Values.database.connectionString.value }}
database-connection-string: {{ . | b64enc }}
{{- end }}
{{- range $city := .Values.database.cities }}
{{- with get (default dict (get $city "connectionString")) "value" }}
{{ printf "city-%s-connection-string" (get $city "name") }}: {{ . | b64enc }}
{{- end }}
{{- end }}
{{- if eq .Values.fileStorage.kind "AzureBlob" }}
{{- with .Values.fileStorage.azureConnectionString.value }}
azure-blob-connection-string: {{ . | b64enc }}
{{- end }}
{{- end }}
{{- with .Values.cache.redis.value }}
redis-connection-string: {{ . | b64enc }}
{{- end }}
{{- if include "openkazan.identityInline" . }}
{{- $certs := .Values.identity.certificates }}
identity-signing.pfx: {{ $certs.signingCertificate | nospace }}
identity-encryption.pfx: {{ required "identity.certificates.encryptionCertificate is required with an inline signingCertificate" $certs.encryptionCertificate | nospace }}
{{- with $certs.password }}
identity-certificate-password: {{ . | b64enc }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Environment of the host, shared by the Deployment and the migration Job so that both see the same configuration.
*/}}
{{- define "openkazan.env" -}}
- name: ASPNETCORE_ENVIRONMENT
  value: {{ .Values.aspnetcoreEnvironment | quote }}
- name: ASPNETCORE_FORWARDEDHEADERS_ENABLED
  value: {{ .Values.forwardedHeaders | toString | quote }}
- name: Database__Provider
  value: {{ .Values.database.provider | quote }}
- name: Database__MigrateOnStart
  value: "false"
- name: ConnectionStrings__OpenKazan
  valueFrom:
    secretKeyRef:
      {{- include "openkazan.secretKeyRef" (dict "root" . "ref" .Values.database.connectionString "inlineKey" "database-connection-string" "what" "database.connectionString") | nindent 6 }}
{{- range $city := .Values.database.cities }}
{{- $name := get $city "name" }}
- name: {{ printf "ConnectionStrings__%s" $name }}
  valueFrom:
    secretKeyRef:
      {{- include "openkazan.secretKeyRef" (dict "root" $ "ref" (get $city "connectionString") "inlineKey" (printf "city-%s-connection-string" $name) "what" (printf "database.cities[%s].connectionString" $name)) | nindent 6 }}
{{- end }}
- name: FileStorage__Kind
  value: {{ .Values.fileStorage.kind | quote }}
{{- if eq .Values.fileStorage.kind "AzureBlob" }}
- name: FileStorage__AzureConnectionString
  valueFrom:
    secretKeyRef:
      {{- include "openkazan.secretKeyRef" (dict "root" . "ref" .Values.fileStorage.azureConnectionString "inlineKey" "azure-blob-connection-string" "what" "fileStorage.azureConnectionString") | nindent 6 }}
{{- end }}
{{- if or .Values.cache.redis.value .Values.cache.redis.existingSecret }}
- name: ConnectionStrings__Redis
  valueFrom:
    secretKeyRef:
      {{- include "openkazan.secretKeyRef" (dict "root" . "ref" .Values.cache.redis "inlineKey" "redis-connection-string" "what" "cache.redis") | nindent 6 }}
{{- end }}
- name: Tenancy__BaseDomain
  value: {{ .Values.tenancy.baseDomain | quote }}
{{- with .Values.seed.tenantsFolder }}
- name: Seed__TenantsFolder
  value: {{ . | quote }}
{{- end }}
- name: Identity__Issuer
  value: {{ default (printf "https://%s/" .Values.tenancy.baseDomain) .Values.identity.issuer | quote }}
{{- if .Values.identity.certificates.enabled }}
{{- $certs := .Values.identity.certificates }}
{{- $files := list (list "SigningCertificate" "signing.pfx") (list "EncryptionCertificate" "encryption.pfx") }}
{{- if not (include "openkazan.identityInline" .) }}
{{- if $certs.previousSigningKey }}
{{- $files = append $files (list "PreviousSigningCertificate" "signing-previous.pfx") }}
{{- end }}
{{- if $certs.previousEncryptionKey }}
{{- $files = append $files (list "PreviousEncryptionCertificate" "encryption-previous.pfx") }}
{{- end }}
{{- end }}
{{- range $files }}
- name: {{ printf "Identity__%s__Path" (index . 0) }}
  value: {{ printf "%s/%s" $certs.mountPath (index . 1) | quote }}
{{- if include "openkazan.identityInline" $ }}
{{- if $certs.password }}
- name: {{ printf "Identity__%s__Password" (index . 0) }}
  valueFrom:
    secretKeyRef:
      name: {{ include "openkazan.fullname" $ }}
      key: identity-certificate-password
{{- end }}
{{- else if $certs.passwordKey }}
- name: {{ printf "Identity__%s__Password" (index . 0) }}
  valueFrom:
    secretKeyRef:
      name: {{ required "identity.certificates.existingSecret is required (or disable identity.certificates)" $certs.existingSecret }}
      key: {{ $certs.passwordKey }}
{{- end }}
{{- end }}
{{- end }}
- name: Scheduler__CheckinInterval
  value: {{ .Values.scheduler.checkinInterval | quote }}
- name: RateLimiting__PermitsPerWindow
  value: {{ .Values.rateLimiting.permitsPerWindow | toString | quote }}
- name: RateLimiting__Window
  value: {{ .Values.rateLimiting.window | quote }}
{{- range $slug, $permits := .Values.rateLimiting.cities }}
- name: {{ printf "RateLimiting__Cities__%s" $slug }}
  value: {{ $permits | toString | quote }}
{{- end }}
{{- with .Values.telemetry.otlpEndpoint }}
- name: OTEL_EXPORTER_OTLP_ENDPOINT
  value: {{ . | quote }}
- name: OTEL_EXPORTER_OTLP_PROTOCOL
  value: {{ $.Values.telemetry.otlpProtocol | quote }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
Volumes: writable /tmp and /app/data (the root filesystem is read-only) and the certificates.
*/}}
{{- define "openkazan.volumes" -}}
- name: tmp
  emptyDir: {}
- name: data
  emptyDir: {}
{{- if .Values.identity.certificates.enabled }}
{{- $certs := .Values.identity.certificates }}
- name: identity-certificates
  secret:
    # 0440: readable by the pod's group (fsGroup) only.
    defaultMode: 288
{{- if include "openkazan.identityInline" . }}
    secretName: {{ include "openkazan.fullname" . }}
    items:
      - key: identity-signing.pfx
        path: signing.pfx
      - key: identity-encryption.pfx
        path: encryption.pfx
{{- else }}
    secretName: {{ required "identity.certificates.existingSecret is required (or disable identity.certificates)" $certs.existingSecret }}
    items:
      - key: {{ required "identity.certificates.signingKey is required" $certs.signingKey }}
        path: signing.pfx
      - key: {{ required "identity.certificates.encryptionKey is required" $certs.encryptionKey }}
        path: encryption.pfx
{{- with $certs.previousSigningKey }}
      - key: {{ . }}
        path: signing-previous.pfx
{{- end }}
{{- with $certs.previousEncryptionKey }}
      - key: {{ . }}
        path: encryption-previous.pfx
{{- end }}
{{- end }}
{{- end }}
{{- with .Values.extraVolumes }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "openkazan.volumeMounts" -}}
- name: tmp
  mountPath: /tmp
- name: data
  mountPath: /app/data
{{- if .Values.identity.certificates.enabled }}
- name: identity-certificates
  mountPath: {{ .Values.identity.certificates.mountPath }}
  readOnly: true
{{- end }}
{{- with .Values.extraVolumeMounts }}
{{ toYaml . }}
{{- end }}
{{- end }}
