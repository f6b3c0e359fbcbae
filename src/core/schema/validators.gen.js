/* Generated from schemas/*.schema.json by `npm run gen:types` (AJV standalone code). Do not edit: change the schema and regenerate. */
import * as runtimeModule0 from 'ajv/dist/runtime/ucs2length.js';
import * as runtimeModule1 from 'ajv/dist/runtime/equal.js';
import { re2RegExp, SCHEMA_FORMATS } from './schema-formats.ts';
const commonJs = (namespace) => (typeof namespace.default === 'function' ? namespace : namespace.default);
const runtime0 = commonJs(runtimeModule0);
const runtime1 = commonJs(runtimeModule1);
export const SCHEMAS_HASH = '4a45e77546103961c6f08aea7967d3aa';

export const advisory = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://watchkeeper.invalid/schemas/advisory.schema.json","title":"Advisory","description":"One security advisory, one YAML file at advisories/<year>/<id>.yaml. Fields follow OSV (https://ossf.github.io/osv-schema/) wherever OSV has one, so the OSV export is lossless; status, embargo, timeline, coordinator and fixes are the tracker's own.","type":"object","additionalProperties":false,"required":["id","status","summary","affected","timeline"],"properties":{"id":{"description":"The advisory id, `<PREFIX>-<year>-<number>` with the prefix from watchkeeper.yaml. Must equal the file name (without .yaml) and the year must equal the folder name.","type":"string","pattern":"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$","maxLength":64},"status":{"description":"Where the advisory is in its life: `draft` (being written, never published), `embargoed` (known, fix under embargo; published only after embargo.until), `published` (public), `withdrawn` (was published, then retracted; never deleted).","enum":["draft","embargoed","published","withdrawn"]},"summary":{"description":"One line that names the problem, shown as the advisory title (OSV `summary`).","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"},"details":{"description":"The full description in CommonMark Markdown (OSV `details`). Raw HTML is removed when the site renders it.","type":"string","maxLength":100000},"aliases":{"description":"Other ids for the same vulnerability, such as CVE ids or the upstream advisory id (OSV `aliases`). Unique across the database, case-insensitively.","type":"array","uniqueItems":true,"maxItems":100,"items":{"type":"string","$ref":"#/$defs/vulnId"}},"related":{"description":"Ids of closely related but distinct vulnerabilities (OSV `related`).","type":"array","uniqueItems":true,"maxItems":100,"items":{"type":"string","$ref":"#/$defs/vulnId"}},"upstream":{"description":"Ids of the upstream vulnerabilities this advisory is derived from (OSV `upstream`).","type":"array","uniqueItems":true,"maxItems":100,"items":{"type":"string","$ref":"#/$defs/vulnId"}},"severity":{"description":"Severity scores as CVSS vectors (OSV `severity`). At most one per type.","type":"array","maxItems":4,"items":{"$ref":"#/$defs/severity"}},"affected":{"description":"The affected packages with their affected and fixed versions (OSV `affected`). At least one, except for a withdrawn advisory, which may list none (an imported OSV tombstone).","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/affected"}},"references":{"description":"Links to more information (OSV `references`).","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/reference"}},"credits":{"description":"People and organisations credited for finding, reporting, fixing or coordinating (OSV `credits`).","type":"array","maxItems":100,"items":{"$ref":"#/$defs/credit"}},"withdrawn":{"description":"When a published advisory was withdrawn, a UTC instant (OSV `withdrawn`). Required when status is `withdrawn`, forbidden otherwise.","$ref":"#/$defs/instant"},"withdrawn_reason":{"description":"Why the advisory was withdrawn, shown on its page.","type":"string","minLength":1,"maxLength":2000},"embargo":{"description":"The embargo on disclosure. Nothing about an embargoed advisory is published before `until`.","type":"object","additionalProperties":false,"required":["until"],"properties":{"until":{"description":"The instant the embargo lifts, in UTC with `Z` (e.g. 2026-12-01T14:00:00Z). The advisory may be published when now >= until.","$ref":"#/$defs/instant"},"reason":{"description":"Why the embargo is as long as it is. Required when it exceeds the policy maximum (watchkeeper.yaml policy.max_embargo_days).","type":"string","minLength":1,"maxLength":2000}}},"timeline":{"description":"When things happened, each a UTC instant with `Z`. Order: reported <= disclosed <= published, reported <= fixed.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"reported":{"description":"When the team learned of the vulnerability.","$ref":"#/$defs/instant"},"disclosed":{"description":"When the vulnerability was made public (by anyone).","$ref":"#/$defs/instant"},"fixed":{"description":"When a fix became available to users (the fixed package or release was shipped).","$ref":"#/$defs/instant"},"published":{"description":"When this advisory was first published. Required for published and withdrawn advisories, and never changes afterwards.","$ref":"#/$defs/instant"}}},"coordinator":{"description":"The handle of the team member coordinating this advisory, from rotations/.","$ref":"#/$defs/handle"},"fixes":{"description":"What fixes the vulnerability: upstream or packaging commits, and package updates shipped to users.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/fix"}},"database_specific":{"description":"Free-form data carried unchanged into the OSV export's `database_specific` (OSV field).","type":"object","additionalProperties":true}},"allOf":[{"if":{"properties":{"status":{"enum":["published","withdrawn"]}}},"then":{"properties":{"timeline":{"type":"object","required":["published"]}}}},{"if":{"properties":{"status":{"const":"embargoed"}}},"then":{"required":["embargo"]}},{"if":{"properties":{"status":{"const":"withdrawn"}}},"else":{"properties":{"affected":{"type":"array","minItems":1}}}},{"if":{"properties":{"status":{"const":"withdrawn"}}},"then":{"required":["withdrawn"]},"else":{"not":{"anyOf":[{"required":["withdrawn"]},{"required":["withdrawn_reason"]}]}}}],"$defs":{"instant":{"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"},"handle":{"description":"A team member's handle: lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"},"vulnId":{"description":"A vulnerability id such as CVE-2026-12345 or GHSA-xxxx-xxxx-xxxx.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},"url":{"description":"An https: URL (or mailto: where contact addresses are expected).","type":"string","format":"safe-url","maxLength":2048},"severity":{"description":"One severity score (OSV `severity`).","type":"object","additionalProperties":false,"required":["type","score"],"properties":{"type":{"description":"The scoring system: CVSS_V3 (3.0 or 3.1 vector) or CVSS_V4.","enum":["CVSS_V3","CVSS_V4"]},"score":{"description":"The CVSS vector string, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. The numeric score and rating are computed from it.","type":"string","format":"cvss-vector","maxLength":200}},"allOf":[{"if":{"properties":{"type":{"const":"CVSS_V3"}}},"then":{"properties":{"score":{"type":"string","pattern":"^CVSS:3\\.[01]/"}}}},{"if":{"properties":{"type":{"const":"CVSS_V4"}}},"then":{"properties":{"score":{"type":"string","pattern":"^CVSS:4\\.0/"}}}}]},"affected":{"description":"One affected package (OSV `affected[]`).","type":"object","additionalProperties":false,"required":["package"],"anyOf":[{"required":["ranges"]},{"required":["versions"]}],"properties":{"package":{"description":"The package: its ecosystem and name, and optionally its purl.","type":"object","additionalProperties":false,"required":["name"],"properties":{"ecosystem":{"description":"The package ecosystem, e.g. `Kestrel:3` or `PyPI`. Defaults to watchkeeper.yaml `default_ecosystem`.","type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z][A-Za-z0-9 ._:+-]*$"},"name":{"description":"The package name as the ecosystem spells it.","type":"string","minLength":1,"maxLength":214,"pattern":"^[^\\s/][^\\s]*$"},"purl":{"description":"The package URL (https://github.com/package-url/purl-spec) without a version.","type":"string","format":"purl","maxLength":1000}}},"ranges":{"description":"Version ranges, each a list of events (OSV `ranges`).","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/range"}},"versions":{"description":"An explicit list of affected versions (OSV `versions`).","type":"array","maxItems":10000,"items":{"type":"string","minLength":1,"maxLength":200}},"severity":{"description":"A severity for this package only, when it differs from the advisory's (OSV `affected[].severity`).","type":"array","maxItems":4,"items":{"$ref":"#/$defs/severity"}},"ecosystem_specific":{"description":"Free-form data carried unchanged into OSV `ecosystem_specific`.","type":"object","additionalProperties":true},"database_specific":{"description":"Free-form data carried unchanged into OSV `affected[].database_specific`.","type":"object","additionalProperties":true}}},"range":{"description":"One version range (OSV `ranges[]`): events in order, starting with `introduced`.","type":"object","additionalProperties":false,"required":["type","events"],"properties":{"type":{"description":"How versions compare: ECOSYSTEM (the ecosystem's own ordering), SEMVER, or GIT (commit hashes, needs repo).","enum":["ECOSYSTEM","SEMVER","GIT"]},"repo":{"description":"The git repository URL, required for GIT ranges.","$ref":"#/$defs/url"},"events":{"description":"The events: `introduced` (first affected), then `fixed` (first fixed), `last_affected` or `limit`.","type":"array","minItems":1,"maxItems":200,"contains":{"type":"object","required":["introduced"]},"items":{"$ref":"#/$defs/event"}},"database_specific":{"description":"Free-form data carried unchanged into OSV `ranges[].database_specific`.","type":"object","additionalProperties":true}},"allOf":[{"if":{"properties":{"type":{"const":"GIT"}}},"then":{"required":["repo"],"properties":{"events":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}}}}}}]},"event":{"description":"One range event; exactly one key.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"introduced":{"description":"The first affected version (`0` for all versions before the fix).","$ref":"#/$defs/version"},"fixed":{"description":"The first version with the fix.","$ref":"#/$defs/version"},"last_affected":{"description":"The last affected version, when no fixed version exists.","$ref":"#/$defs/version"},"limit":{"description":"An upper bound on the range (rarely needed).","$ref":"#/$defs/version"}}},"version":{"description":"A version string. Quote it in YAML (e.g. \"1.10\"), so it is not read as a number.","type":"string","minLength":1,"maxLength":200},"reference":{"description":"One link (OSV `references[]`).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"description":"What the link is (OSV reference types).","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"description":"The link, https: only.","$ref":"#/$defs/url"}}},"credit":{"description":"One credit (OSV `credits[]`).","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The name to show.","type":"string","minLength":1,"maxLength":200},"type":{"description":"The kind of credit (OSV credit types).","enum":["FINDER","REPORTER","ANALYST","COORDINATOR","REMEDIATION_DEVELOPER","REMEDIATION_REVIEWER","REMEDIATION_VERIFIER","TOOL","SPONSOR","OTHER"]},"contact":{"description":"Ways to reach them: https: or mailto: URLs.","type":"array","maxItems":10,"items":{"$ref":"#/$defs/url"}},"member":{"description":"The handle, when the credited person is a team member in rotations/ (not exported to OSV).","$ref":"#/$defs/handle"}}},"fix":{"description":"One fix: a commit, or a package update shipped to users.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"`commit` (needs repo and commit) or `update` (needs package and version).","enum":["commit","update"]},"repo":{"description":"The repository URL of the commit.","$ref":"#/$defs/url"},"commit":{"description":"The full commit hash.","type":"string","pattern":"^([a-f0-9]{40}|[a-f0-9]{64})$"},"package":{"description":"The updated package's name.","type":"string","minLength":1,"maxLength":214},"version":{"description":"The version that carries the fix.","$ref":"#/$defs/version"},"url":{"description":"A link to the update announcement or build.","$ref":"#/$defs/url"}},"allOf":[{"if":{"properties":{"type":{"const":"commit"}}},"then":{"required":["repo","commit"]}},{"if":{"properties":{"type":{"const":"update"}}},"then":{"required":["package","version"]}}]}}};
const schema32 = {"description":"A vulnerability id such as CVE-2026-12345 or GHSA-xxxx-xxxx-xxxx.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"};
const schema35 = {"description":"One severity score (OSV `severity`).","type":"object","additionalProperties":false,"required":["type","score"],"properties":{"type":{"description":"The scoring system: CVSS_V3 (3.0 or 3.1 vector) or CVSS_V4.","enum":["CVSS_V3","CVSS_V4"]},"score":{"description":"The CVSS vector string, e.g. CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H. The numeric score and rating are computed from it.","type":"string","format":"cvss-vector","maxLength":200}},"allOf":[{"if":{"properties":{"type":{"const":"CVSS_V3"}}},"then":{"properties":{"score":{"type":"string","pattern":"^CVSS:3\\.[01]/"}}}},{"if":{"properties":{"type":{"const":"CVSS_V4"}}},"then":{"properties":{"score":{"type":"string","pattern":"^CVSS:4\\.0/"}}}}]};
const schema50 = {"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"};
const schema49 = {"description":"A team member's handle: lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"};
const func5 = Object.prototype.hasOwnProperty;
const func6 = runtime0.default;
const func0 = re2RegExp;
const pattern4 = func0("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$", "u");
const pattern5 = func0("^[^\\n\\r]*$", "u");
const pattern6 = func0("^[A-Za-z][A-Za-z0-9._:-]{1,99}$", "u");
const pattern9 = func0("^CVSS:3\\.[01]/", "u");
const pattern10 = func0("^CVSS:4\\.0/", "u");
const pattern16 = func0("^[a-z][a-z0-9-]{0,38}$", "u");
const formats0 = SCHEMA_FORMATS["cvss-vector"];
const formats12 = SCHEMA_FORMATS["utc-instant"];
const schema36 = {"description":"One affected package (OSV `affected[]`).","type":"object","additionalProperties":false,"required":["package"],"anyOf":[{"required":["ranges"]},{"required":["versions"]}],"properties":{"package":{"description":"The package: its ecosystem and name, and optionally its purl.","type":"object","additionalProperties":false,"required":["name"],"properties":{"ecosystem":{"description":"The package ecosystem, e.g. `Kestrel:3` or `PyPI`. Defaults to watchkeeper.yaml `default_ecosystem`.","type":"string","minLength":1,"maxLength":100,"pattern":"^[A-Za-z][A-Za-z0-9 ._:+-]*$"},"name":{"description":"The package name as the ecosystem spells it.","type":"string","minLength":1,"maxLength":214,"pattern":"^[^\\s/][^\\s]*$"},"purl":{"description":"The package URL (https://github.com/package-url/purl-spec) without a version.","type":"string","format":"purl","maxLength":1000}}},"ranges":{"description":"Version ranges, each a list of events (OSV `ranges`).","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/range"}},"versions":{"description":"An explicit list of affected versions (OSV `versions`).","type":"array","maxItems":10000,"items":{"type":"string","minLength":1,"maxLength":200}},"severity":{"description":"A severity for this package only, when it differs from the advisory's (OSV `affected[].severity`).","type":"array","maxItems":4,"items":{"$ref":"#/$defs/severity"}},"ecosystem_specific":{"description":"Free-form data carried unchanged into OSV `ecosystem_specific`.","type":"object","additionalProperties":true},"database_specific":{"description":"Free-form data carried unchanged into OSV `affected[].database_specific`.","type":"object","additionalProperties":true}}};
const pattern11 = func0("^[A-Za-z][A-Za-z0-9 ._:+-]*$", "u");
const pattern12 = func0("^[^\\s/][^\\s]*$", "u");
const formats2 = SCHEMA_FORMATS.purl;
const schema37 = {"description":"One version range (OSV `ranges[]`): events in order, starting with `introduced`.","type":"object","additionalProperties":false,"required":["type","events"],"properties":{"type":{"description":"How versions compare: ECOSYSTEM (the ecosystem's own ordering), SEMVER, or GIT (commit hashes, needs repo).","enum":["ECOSYSTEM","SEMVER","GIT"]},"repo":{"description":"The git repository URL, required for GIT ranges.","$ref":"#/$defs/url"},"events":{"description":"The events: `introduced` (first affected), then `fixed` (first fixed), `last_affected` or `limit`.","type":"array","minItems":1,"maxItems":200,"contains":{"type":"object","required":["introduced"]},"items":{"$ref":"#/$defs/event"}},"database_specific":{"description":"Free-form data carried unchanged into OSV `ranges[].database_specific`.","type":"object","additionalProperties":true}},"allOf":[{"if":{"properties":{"type":{"const":"GIT"}}},"then":{"required":["repo"],"properties":{"events":{"type":"array","items":{"type":"object","additionalProperties":{"type":"string","pattern":"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"}}}}}}]};
const schema38 = {"description":"An https: URL (or mailto: where contact addresses are expected).","type":"string","format":"safe-url","maxLength":2048};
const pattern13 = func0("^(0|[a-f0-9]{40}|[a-f0-9]{64})$", "u");
const formats4 = SCHEMA_FORMATS["safe-url"];
const schema39 = {"description":"One range event; exactly one key.","type":"object","minProperties":1,"maxProperties":1,"additionalProperties":false,"properties":{"introduced":{"description":"The first affected version (`0` for all versions before the fix).","$ref":"#/$defs/version"},"fixed":{"description":"The first version with the fix.","$ref":"#/$defs/version"},"last_affected":{"description":"The last affected version, when no fixed version exists.","$ref":"#/$defs/version"},"limit":{"description":"An upper bound on the range (rarely needed).","$ref":"#/$defs/version"}}};
const schema40 = {"description":"A version string. Quote it in YAML (e.g. \"1.10\"), so it is not read as a number.","type":"string","minLength":1,"maxLength":200};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 1){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(Object.keys(data).length < 1){
const err1 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "introduced") || (key0 === "fixed")) || (key0 === "last_affected")) || (key0 === "limit"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.introduced !== undefined){
let data0 = data.introduced;
if(typeof data0 === "string"){
if(func6(data0) > 200){
const err3 = {instancePath:instancePath+"/introduced",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func6(data0) < 1){
const err4 = {instancePath:instancePath+"/introduced",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/introduced",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.fixed !== undefined){
let data1 = data.fixed;
if(typeof data1 === "string"){
if(func6(data1) > 200){
const err6 = {instancePath:instancePath+"/fixed",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func6(data1) < 1){
const err7 = {instancePath:instancePath+"/fixed",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/fixed",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.last_affected !== undefined){
let data2 = data.last_affected;
if(typeof data2 === "string"){
if(func6(data2) > 200){
const err9 = {instancePath:instancePath+"/last_affected",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func6(data2) < 1){
const err10 = {instancePath:instancePath+"/last_affected",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/last_affected",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.limit !== undefined){
let data3 = data.limit;
if(typeof data3 === "string"){
if(func6(data3) > 200){
const err12 = {instancePath:instancePath+"/limit",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func6(data3) < 1){
const err13 = {instancePath:instancePath+"/limit",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/limit",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("GIT" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repo === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "repo"},message:"must have required property '"+"repo"+"'",schema:schema37.allOf[0].then.required,parentSchema:schema37.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.events !== undefined){
let data1 = data.events;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key0 in data2){
let data3 = data2[key0];
if(typeof data3 === "string"){
if(!pattern13.test(data3)){
const err2 = {instancePath:instancePath+"/events/" + i0+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/0/then/properties/events/items/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^(0|[a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^(0|[a-f0-9]{40}|[a-f0-9]{64})$"+"\"",schema:"^(0|[a-f0-9]{40}|[a-f0-9]{64})$",parentSchema:schema37.allOf[0].then.properties.events.items.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/events/" + i0+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/allOf/0/then/properties/events/items/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.allOf[0].then.properties.events.items.additionalProperties.type,parentSchema:schema37.allOf[0].then.properties.events.items.additionalProperties,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/events/" + i0,schemaPath:"#/allOf/0/then/properties/events/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.allOf[0].then.properties.events.items.type,parentSchema:schema37.allOf[0].then.properties.events.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/events",schemaPath:"#/allOf/0/then/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.allOf[0].then.properties.events.type,parentSchema:schema37.allOf[0].then.properties.events,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.events = true;
props0.type = true;
}
}
if(!valid1){
const err6 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema37.allOf[0].if,parentSchema:schema37.allOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.events === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema37.required,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "type") || (key1 === "repo")) || (key1 === "events")) || (key1 === "database_specific"))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data4 = data.type;
if(!(((data4 === "ECOSYSTEM") || (data4 === "SEMVER")) || (data4 === "GIT"))){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema37.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema37.properties.type.enum,parentSchema:schema37.properties.type,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.repo !== undefined){
let data5 = data.repo;
if(typeof data5 === "string"){
if(func6(data5) > 2048){
const err11 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats4.validate(data5))){
const err12 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.events !== undefined){
let data6 = data.events;
if(Array.isArray(data6)){
if(data6.length > 200){
const err14 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items",schema:200,parentSchema:schema37.properties.events,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37.properties.events,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data6[i1], {instancePath:instancePath+"/events/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
const _errs21 = errors;
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data8 = data6[i2];
const _errs22 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.introduced === undefined){
const err16 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/contains/required",keyword:"required",params:{missingProperty: "introduced"},message:"must have required property '"+"introduced"+"'",schema:schema37.properties.events.contains.required,parentSchema:schema37.properties.events.contains,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/events/" + i2,schemaPath:"#/properties/events/contains/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.events.contains.type,parentSchema:schema37.properties.events.contains,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var valid11 = _errs22 === errors;
if(valid11){
break;
}
}
if(!valid11){
const err18 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/contains",keyword:"contains",params:{minContains: 1},message:"must contain at least 1 valid item(s)",schema:schema37.properties.events.contains,parentSchema:schema37.properties.events,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
else {
const err19 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.properties.events.type,parentSchema:schema37.properties.events,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.database_specific !== undefined){
let data9 = data.database_specific;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
}
else {
const err20 = {instancePath:instancePath+"/database_specific",schemaPath:"#/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.properties.database_specific.type,parentSchema:schema37.properties.database_specific,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.ranges === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "ranges"},message:"must have required property '"+"ranges"+"'",schema:schema36.anyOf[0].required,parentSchema:schema36.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.versions === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema36.anyOf[1].required,parentSchema:schema36.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const err2 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema36.anyOf,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.package === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "package") || (key0 === "ranges")) || (key0 === "versions")) || (key0 === "severity")) || (key0 === "ecosystem_specific")) || (key0 === "database_specific"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.package !== undefined){
let data0 = data.package;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err5 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.properties.package.required,parentSchema:schema36.properties.package,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(((key1 === "ecosystem") || (key1 === "name")) || (key1 === "purl"))){
const err6 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.package,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.ecosystem !== undefined){
let data1 = data0.ecosystem;
if(typeof data1 === "string"){
if(func6(data1) > 100){
const err7 = {instancePath:instancePath+"/package/ecosystem",schemaPath:"#/properties/package/properties/ecosystem/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema36.properties.package.properties.ecosystem,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func6(data1) < 1){
const err8 = {instancePath:instancePath+"/package/ecosystem",schemaPath:"#/properties/package/properties/ecosystem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.package.properties.ecosystem,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern11.test(data1)){
const err9 = {instancePath:instancePath+"/package/ecosystem",schemaPath:"#/properties/package/properties/ecosystem/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9 ._:+-]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9 ._:+-]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9 ._:+-]*$",parentSchema:schema36.properties.package.properties.ecosystem,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/package/ecosystem",schemaPath:"#/properties/package/properties/ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.package.properties.ecosystem.type,parentSchema:schema36.properties.package.properties.ecosystem,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.name !== undefined){
let data2 = data0.name;
if(typeof data2 === "string"){
if(func6(data2) > 214){
const err11 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/maxLength",keyword:"maxLength",params:{limit: 214},message:"must NOT have more than 214 characters",schema:214,parentSchema:schema36.properties.package.properties.name,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func6(data2) < 1){
const err12 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.package.properties.name,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern12.test(data2)){
const err13 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\s/][^\\s]*$"},message:"must match pattern \""+"^[^\\s/][^\\s]*$"+"\"",schema:"^[^\\s/][^\\s]*$",parentSchema:schema36.properties.package.properties.name,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/package/name",schemaPath:"#/properties/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.package.properties.name.type,parentSchema:schema36.properties.package.properties.name,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.purl !== undefined){
let data3 = data0.purl;
if(typeof data3 === "string"){
if(func6(data3) > 1000){
const err15 = {instancePath:instancePath+"/package/purl",schemaPath:"#/properties/package/properties/purl/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema36.properties.package.properties.purl,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats2.validate(data3))){
const err16 = {instancePath:instancePath+"/package/purl",schemaPath:"#/properties/package/properties/purl/format",keyword:"format",params:{format: "purl"},message:"must match format \""+"purl"+"\"",schema:"purl",parentSchema:schema36.properties.package.properties.purl,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/package/purl",schemaPath:"#/properties/package/properties/purl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.package.properties.purl.type,parentSchema:schema36.properties.package.properties.purl,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.package.type,parentSchema:schema36.properties.package,data:data0};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.ranges !== undefined){
let data4 = data.ranges;
if(Array.isArray(data4)){
if(data4.length > 100){
const err19 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema36.properties.ranges,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.length < 1){
const err20 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.ranges,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data4[i0], {instancePath:instancePath+"/ranges/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/ranges",schemaPath:"#/properties/ranges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.ranges.type,parentSchema:schema36.properties.ranges,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.versions !== undefined){
let data6 = data.versions;
if(Array.isArray(data6)){
if(data6.length > 10000){
const err22 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema36.properties.versions,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func6(data7) > 200){
const err23 = {instancePath:instancePath+"/versions/" + i1,schemaPath:"#/properties/versions/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema36.properties.versions.items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func6(data7) < 1){
const err24 = {instancePath:instancePath+"/versions/" + i1,schemaPath:"#/properties/versions/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.versions.items,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/versions/" + i1,schemaPath:"#/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.versions.items.type,parentSchema:schema36.properties.versions.items,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.versions.type,parentSchema:schema36.properties.versions,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.severity !== undefined){
let data8 = data.severity;
if(Array.isArray(data8)){
if(data8.length > 4){
const err27 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema36.properties.severity,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
let data9 = data8[i2];
const _errs27 = errors;
let valid11 = true;
const _errs28 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type !== undefined){
if("CVSS_V3" !== data9.type){
const err28 = {};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
var _valid1 = _errs28 === errors;
errors = _errs27;
if(vErrors !== null){
if(_errs27){
vErrors.length = _errs27;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs30 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.score !== undefined){
let data11 = data9.score;
if(typeof data11 === "string"){
if(!pattern9.test(data11)){
const err29 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/allOf/0/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:3\\.[01]/"},message:"must match pattern \""+"^CVSS:3\\.[01]/"+"\"",schema:"^CVSS:3\\.[01]/",parentSchema:schema35.allOf[0].then.properties.score,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/allOf/0/then/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.allOf[0].then.properties.score.type,parentSchema:schema35.allOf[0].then.properties.score,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
var _valid1 = _errs30 === errors;
valid11 = _valid1;
if(valid11){
var props0 = {};
props0.score = true;
props0.type = true;
}
}
if(!valid11){
const err31 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema35.allOf[0].if,parentSchema:schema35.allOf[0],data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs34 = errors;
let valid14 = true;
const _errs35 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type !== undefined){
if("CVSS_V4" !== data9.type){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
var _valid2 = _errs35 === errors;
errors = _errs34;
if(vErrors !== null){
if(_errs34){
vErrors.length = _errs34;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs37 = errors;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.score !== undefined){
let data13 = data9.score;
if(typeof data13 === "string"){
if(!pattern10.test(data13)){
const err33 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/allOf/1/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:4\\.0/"},message:"must match pattern \""+"^CVSS:4\\.0/"+"\"",schema:"^CVSS:4\\.0/",parentSchema:schema35.allOf[1].then.properties.score,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/allOf/1/then/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.allOf[1].then.properties.score.type,parentSchema:schema35.allOf[1].then.properties.score,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
var _valid2 = _errs37 === errors;
valid14 = _valid2;
if(valid14){
var props1 = {};
props1.score = true;
props1.type = true;
}
}
if(!valid14){
const err35 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema35.allOf[1].if,parentSchema:schema35.allOf[1],data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.type === undefined){
const err36 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema35.required,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data9.score === undefined){
const err37 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema35.required,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "type") || (key2 === "score"))){
const err38 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data9.type !== undefined){
let data14 = data9.type;
if(!((data14 === "CVSS_V3") || (data14 === "CVSS_V4"))){
const err39 = {instancePath:instancePath+"/severity/" + i2+"/type",schemaPath:"#/$defs/severity/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.type.enum,parentSchema:schema35.properties.type,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data9.score !== undefined){
let data15 = data9.score;
if(typeof data15 === "string"){
if(func6(data15) > 200){
const err40 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/properties/score/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema35.properties.score,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!(formats0.validate(data15))){
const err41 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/properties/score/format",keyword:"format",params:{format: "cvss-vector"},message:"must match format \""+"cvss-vector"+"\"",schema:"cvss-vector",parentSchema:schema35.properties.score,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/severity/" + i2+"/score",schemaPath:"#/$defs/severity/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.score.type,parentSchema:schema35.properties.score,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/severity/" + i2,schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data9};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.severity.type,parentSchema:schema36.properties.severity,data:data8};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.ecosystem_specific !== undefined){
let data16 = data.ecosystem_specific;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
}
else {
const err45 = {instancePath:instancePath+"/ecosystem_specific",schemaPath:"#/properties/ecosystem_specific/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.ecosystem_specific.type,parentSchema:schema36.properties.ecosystem_specific,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.database_specific !== undefined){
let data17 = data.database_specific;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
}
else {
const err46 = {instancePath:instancePath+"/database_specific",schemaPath:"#/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.database_specific.type,parentSchema:schema36.properties.database_specific,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"description":"One link (OSV `references[]`).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"description":"What the link is (OSV reference types).","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"description":"The link, https: only.","$ref":"#/$defs/url"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "url"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((((((((data0 === "ADVISORY") || (data0 === "ARTICLE")) || (data0 === "DETECTION")) || (data0 === "DISCUSSION")) || (data0 === "REPORT")) || (data0 === "FIX")) || (data0 === "INTRODUCED")) || (data0 === "GIT")) || (data0 === "PACKAGE")) || (data0 === "EVIDENCE")) || (data0 === "WEB"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema45.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.type.enum,parentSchema:schema45.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func6(data1) > 2048){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats4.validate(data1))){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"description":"One credit (OSV `credits[]`).","type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"description":"The name to show.","type":"string","minLength":1,"maxLength":200},"type":{"description":"The kind of credit (OSV credit types).","enum":["FINDER","REPORTER","ANALYST","COORDINATOR","REMEDIATION_DEVELOPER","REMEDIATION_REVIEWER","REMEDIATION_VERIFIER","TOOL","SPONSOR","OTHER"]},"contact":{"description":"Ways to reach them: https: or mailto: URLs.","type":"array","maxItems":10,"items":{"$ref":"#/$defs/url"}},"member":{"description":"The handle, when the credited person is a team member in rotations/ (not exported to OSV).","$ref":"#/$defs/handle"}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "type")) || (key0 === "contact")) || (key0 === "member"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func6(data0) > 200){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func6(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.name.type,parentSchema:schema47.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!((((((((((data1 === "FINDER") || (data1 === "REPORTER")) || (data1 === "ANALYST")) || (data1 === "COORDINATOR")) || (data1 === "REMEDIATION_DEVELOPER")) || (data1 === "REMEDIATION_REVIEWER")) || (data1 === "REMEDIATION_VERIFIER")) || (data1 === "TOOL")) || (data1 === "SPONSOR")) || (data1 === "OTHER"))){
const err5 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema47.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.type.enum,parentSchema:schema47.properties.type,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.contact !== undefined){
let data2 = data.contact;
if(Array.isArray(data2)){
if(data2.length > 10){
const err6 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema47.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(func6(data3) > 2048){
const err7 = {instancePath:instancePath+"/contact/" + i0,schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats4.validate(data3))){
const err8 = {instancePath:instancePath+"/contact/" + i0,schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/contact/" + i0,schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.contact.type,parentSchema:schema47.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.member !== undefined){
let data4 = data.member;
if(typeof data4 === "string"){
if(!pattern16.test(data4)){
const err11 = {instancePath:instancePath+"/member",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/member",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = {"description":"One fix: a commit, or a package update shipped to users.","type":"object","additionalProperties":false,"required":["type"],"properties":{"type":{"description":"`commit` (needs repo and commit) or `update` (needs package and version).","enum":["commit","update"]},"repo":{"description":"The repository URL of the commit.","$ref":"#/$defs/url"},"commit":{"description":"The full commit hash.","type":"string","pattern":"^([a-f0-9]{40}|[a-f0-9]{64})$"},"package":{"description":"The updated package's name.","type":"string","minLength":1,"maxLength":214},"version":{"description":"The version that carries the fix.","$ref":"#/$defs/version"},"url":{"description":"A link to the update announcement or build.","$ref":"#/$defs/url"}},"allOf":[{"if":{"properties":{"type":{"const":"commit"}}},"then":{"required":["repo","commit"]}},{"if":{"properties":{"type":{"const":"update"}}},"then":{"required":["package","version"]}}]};
const pattern18 = func0("^([a-f0-9]{40}|[a-f0-9]{64})$", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("commit" !== data.type){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.repo === undefined){
const err1 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "repo"},message:"must have required property '"+"repo"+"'",schema:schema57.allOf[0].then.required,parentSchema:schema57.allOf[0].then,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.commit === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "commit"},message:"must have required property '"+"commit"+"'",schema:schema57.allOf[0].then.required,parentSchema:schema57.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema57.allOf[0].if,parentSchema:schema57.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs7 = errors;
let valid3 = true;
const _errs8 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type !== undefined){
if("update" !== data.type){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs8 === errors;
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.package === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "package"},message:"must have required property '"+"package"+"'",schema:schema57.allOf[1].then.required,parentSchema:schema57.allOf[1].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.version === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema57.allOf[1].then.required,parentSchema:schema57.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
var _valid1 = _errs10 === errors;
valid3 = _valid1;
}
if(!valid3){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema57.allOf[1].if,parentSchema:schema57.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "type") || (key0 === "repo")) || (key0 === "commit")) || (key0 === "package")) || (key0 === "version")) || (key0 === "url"))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(!((data2 === "commit") || (data2 === "update"))){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema57.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.type.enum,parentSchema:schema57.properties.type,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.repo !== undefined){
let data3 = data.repo;
if(typeof data3 === "string"){
if(func6(data3) > 2048){
const err11 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats4.validate(data3))){
const err12 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/repo",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.commit !== undefined){
let data4 = data.commit;
if(typeof data4 === "string"){
if(!pattern18.test(data4)){
const err14 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^([a-f0-9]{40}|[a-f0-9]{64})$"},message:"must match pattern \""+"^([a-f0-9]{40}|[a-f0-9]{64})$"+"\"",schema:"^([a-f0-9]{40}|[a-f0-9]{64})$",parentSchema:schema57.properties.commit,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.commit.type,parentSchema:schema57.properties.commit,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.package !== undefined){
let data5 = data.package;
if(typeof data5 === "string"){
if(func6(data5) > 214){
const err16 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/maxLength",keyword:"maxLength",params:{limit: 214},message:"must NOT have more than 214 characters",schema:214,parentSchema:schema57.properties.package,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func6(data5) < 1){
const err17 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.package,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/package",schemaPath:"#/properties/package/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.package.type,parentSchema:schema57.properties.package,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.version !== undefined){
let data6 = data.version;
if(typeof data6 === "string"){
if(func6(data6) > 200){
const err19 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func6(data6) < 1){
const err20 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/version",schemaPath:"#/$defs/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 === "string"){
if(func6(data7) > 2048){
const err22 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema38,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(formats4.validate(data7))){
const err23 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema38,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.type,parentSchema:schema38,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://watchkeeper.invalid/schemas/advisory.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
let data0 = data.status;
if(!((data0 === "published") || (data0 === "withdrawn"))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.timeline !== undefined){
let data1 = data.timeline;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.published === undefined){
const err1 = {instancePath:instancePath+"/timeline",schemaPath:"#/allOf/0/then/properties/timeline/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'",schema:schema31.allOf[0].then.properties.timeline.required,parentSchema:schema31.allOf[0].then.properties.timeline,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/timeline",schemaPath:"#/allOf/0/then/properties/timeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.allOf[0].then.properties.timeline.type,parentSchema:schema31.allOf[0].then.properties.timeline,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.timeline = true;
props0.status = true;
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[0].if,parentSchema:schema31.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if("embargoed" !== data.status){
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
var _valid1 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs12 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.embargo === undefined){
const err5 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "embargo"},message:"must have required property '"+"embargo"+"'",schema:schema31.allOf[1].then.required,parentSchema:schema31.allOf[1].then,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid1 = _errs12 === errors;
valid4 = _valid1;
}
if(!valid4){
const err6 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.allOf[1].if,parentSchema:schema31.allOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
}
const _errs14 = errors;
let valid6 = true;
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if("withdrawn" !== data.status){
const err7 = {};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(!_valid2){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.affected !== undefined){
let data4 = data.affected;
if(Array.isArray(data4)){
if(data4.length < 1){
const err8 = {instancePath:instancePath+"/affected",schemaPath:"#/allOf/2/else/properties/affected/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.allOf[2].else.properties.affected,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/affected",schemaPath:"#/allOf/2/else/properties/affected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.allOf[2].else.properties.affected.type,parentSchema:schema31.allOf[2].else.properties.affected,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
var _valid2 = _errs17 === errors;
valid6 = _valid2;
if(valid6){
var props1 = {};
props1.affected = true;
props1.status = true;
}
}
if(!valid6){
const err10 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "else"},message:"must match \"else\" schema",schema:schema31.allOf[2].if,parentSchema:schema31.allOf[2],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs21 = errors;
let valid9 = true;
const _errs22 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status !== undefined){
if("withdrawn" !== data.status){
const err11 = {};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
var _valid3 = _errs22 === errors;
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid3){
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.withdrawn === undefined){
const err12 = {instancePath,schemaPath:"#/allOf/3/then/required",keyword:"required",params:{missingProperty: "withdrawn"},message:"must have required property '"+"withdrawn"+"'",schema:schema31.allOf[3].then.required,parentSchema:schema31.allOf[3].then,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var _valid3 = _errs24 === errors;
valid9 = _valid3;
ifClause0 = "then";
}
else {
const _errs25 = errors;
const _errs26 = errors;
const _errs27 = errors;
const _errs28 = errors;
let valid12 = false;
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.withdrawn === undefined) && (missing0 = "withdrawn")){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var _valid4 = _errs29 === errors;
valid12 = valid12 || _valid4;
const _errs30 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.withdrawn_reason === undefined) && (missing1 = "withdrawn_reason")){
const err14 = {};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid4 = _errs30 === errors;
valid12 = valid12 || _valid4;
if(!valid12){
const err15 = {};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
var valid11 = _errs27 === errors;
if(valid11){
const err16 = {instancePath,schemaPath:"#/allOf/3/else/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.allOf[3].else.not,parentSchema:schema31.allOf[3].else,data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
var _valid3 = _errs25 === errors;
valid9 = _valid3;
ifClause0 = "else";
}
if(!valid9){
const err17 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema31.allOf[3].if,parentSchema:schema31.allOf[3],data};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.status = true;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err18 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data.status === undefined){
const err19 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data.summary === undefined){
const err20 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data.affected === undefined){
const err21 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "affected"},message:"must have required property '"+"affected"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data.timeline === undefined){
const err22 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeline"},message:"must have required property '"+"timeline"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema31.properties, key0))){
const err23 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.id !== undefined){
let data6 = data.id;
if(typeof data6 === "string"){
if(func6(data6) > 64){
const err24 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema31.properties.id,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data6)){
const err25 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$"+"\"",schema:"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$",parentSchema:schema31.properties.id,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.status !== undefined){
let data7 = data.status;
if(!((((data7 === "draft") || (data7 === "embargoed")) || (data7 === "published")) || (data7 === "withdrawn"))){
const err27 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.status.enum,parentSchema:schema31.properties.status,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.summary !== undefined){
let data8 = data.summary;
if(typeof data8 === "string"){
if(func6(data8) > 200){
const err28 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.summary,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func6(data8) < 1){
const err29 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.summary,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern5.test(data8)){
const err30 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema31.properties.summary,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.summary.type,parentSchema:schema31.properties.summary,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.details !== undefined){
let data9 = data.details;
if(typeof data9 === "string"){
if(func6(data9) > 100000){
const err32 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema31.properties.details,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/details",schemaPath:"#/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.details.type,parentSchema:schema31.properties.details,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.aliases !== undefined){
let data10 = data.aliases;
if(Array.isArray(data10)){
if(data10.length > 100){
const err34 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.aliases,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err35 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/properties/aliases/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.aliases.items.type,parentSchema:schema31.properties.aliases.items,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err36 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/vulnId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]{1,99}$",parentSchema:schema32,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/vulnId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data10[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err38 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.aliases,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err39 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.aliases.type,parentSchema:schema31.properties.aliases,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.related !== undefined){
let data12 = data.related;
if(Array.isArray(data12)){
if(data12.length > 100){
const err40 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.related,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
const len1 = data12.length;
for(let i2=0; i2<len1; i2++){
let data13 = data12[i2];
if(typeof data13 !== "string"){
const err41 = {instancePath:instancePath+"/related/" + i2,schemaPath:"#/properties/related/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.related.items.type,parentSchema:schema31.properties.related.items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data13 === "string"){
if(!pattern6.test(data13)){
const err42 = {instancePath:instancePath+"/related/" + i2,schemaPath:"#/$defs/vulnId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]{1,99}$",parentSchema:schema32,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/related/" + i2,schemaPath:"#/$defs/vulnId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i3 = data12.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data12[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err44 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema31.properties.related,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err45 = {instancePath:instancePath+"/related",schemaPath:"#/properties/related/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.related.type,parentSchema:schema31.properties.related,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.upstream !== undefined){
let data14 = data.upstream;
if(Array.isArray(data14)){
if(data14.length > 100){
const err46 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.upstream,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data14.length;
for(let i4=0; i4<len2; i4++){
let data15 = data14[i4];
if(typeof data15 !== "string"){
const err47 = {instancePath:instancePath+"/upstream/" + i4,schemaPath:"#/properties/upstream/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.upstream.items.type,parentSchema:schema31.properties.upstream.items,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(typeof data15 === "string"){
if(!pattern6.test(data15)){
const err48 = {instancePath:instancePath+"/upstream/" + i4,schemaPath:"#/$defs/vulnId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]{1,99}$",parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/upstream/" + i4,schemaPath:"#/$defs/vulnId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let i5 = data14.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data14[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err50 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema31.properties.upstream,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err51 = {instancePath:instancePath+"/upstream",schemaPath:"#/properties/upstream/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.upstream.type,parentSchema:schema31.properties.upstream,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.severity !== undefined){
let data16 = data.severity;
if(Array.isArray(data16)){
if(data16.length > 4){
const err52 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema31.properties.severity,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
const len3 = data16.length;
for(let i6=0; i6<len3; i6++){
let data17 = data16[i6];
const _errs63 = errors;
let valid30 = true;
const _errs64 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type !== undefined){
if("CVSS_V3" !== data17.type){
const err53 = {};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
var _valid5 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs66 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.score !== undefined){
let data19 = data17.score;
if(typeof data19 === "string"){
if(!pattern9.test(data19)){
const err54 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/allOf/0/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:3\\.[01]/"},message:"must match pattern \""+"^CVSS:3\\.[01]/"+"\"",schema:"^CVSS:3\\.[01]/",parentSchema:schema35.allOf[0].then.properties.score,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/allOf/0/then/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.allOf[0].then.properties.score.type,parentSchema:schema35.allOf[0].then.properties.score,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
var _valid5 = _errs66 === errors;
valid30 = _valid5;
if(valid30){
var props2 = {};
props2.score = true;
props2.type = true;
}
}
if(!valid30){
const err56 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema35.allOf[0].if,parentSchema:schema35.allOf[0],data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const _errs70 = errors;
let valid33 = true;
const _errs71 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type !== undefined){
if("CVSS_V4" !== data17.type){
const err57 = {};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
var _valid6 = _errs71 === errors;
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs73 = errors;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.score !== undefined){
let data21 = data17.score;
if(typeof data21 === "string"){
if(!pattern10.test(data21)){
const err58 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/allOf/1/then/properties/score/pattern",keyword:"pattern",params:{pattern: "^CVSS:4\\.0/"},message:"must match pattern \""+"^CVSS:4\\.0/"+"\"",schema:"^CVSS:4\\.0/",parentSchema:schema35.allOf[1].then.properties.score,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/allOf/1/then/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.allOf[1].then.properties.score.type,parentSchema:schema35.allOf[1].then.properties.score,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
var _valid6 = _errs73 === errors;
valid33 = _valid6;
if(valid33){
var props3 = {};
props3.score = true;
props3.type = true;
}
}
if(!valid33){
const err60 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema35.allOf[1].if,parentSchema:schema35.allOf[1],data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(props2 !== true && props3 !== undefined){
if(props3 === true){
props2 = true;
}
else {
props2 = props2 || {};
Object.assign(props2, props3);
}
}
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type === undefined){
const err61 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema35.required,parentSchema:schema35,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data17.score === undefined){
const err62 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema35.required,parentSchema:schema35,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
for(const key1 in data17){
if(!((key1 === "type") || (key1 === "score"))){
const err63 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data17.type !== undefined){
let data22 = data17.type;
if(!((data22 === "CVSS_V3") || (data22 === "CVSS_V4"))){
const err64 = {instancePath:instancePath+"/severity/" + i6+"/type",schemaPath:"#/$defs/severity/properties/type/enum",keyword:"enum",params:{allowedValues: schema35.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.type.enum,parentSchema:schema35.properties.type,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data17.score !== undefined){
let data23 = data17.score;
if(typeof data23 === "string"){
if(func6(data23) > 200){
const err65 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/properties/score/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema35.properties.score,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(!(formats0.validate(data23))){
const err66 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/properties/score/format",keyword:"format",params:{format: "cvss-vector"},message:"must match format \""+"cvss-vector"+"\"",schema:"cvss-vector",parentSchema:schema35.properties.score,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/severity/" + i6+"/score",schemaPath:"#/$defs/severity/properties/score/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.score.type,parentSchema:schema35.properties.score,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/severity/" + i6,schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data17};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.severity.type,parentSchema:schema31.properties.severity,data:data16};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.affected !== undefined){
let data24 = data.affected;
if(Array.isArray(data24)){
if(data24.length > 10000){
const err70 = {instancePath:instancePath+"/affected",schemaPath:"#/properties/affected/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema31.properties.affected,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
const len4 = data24.length;
for(let i7=0; i7<len4; i7++){
if(!(validate21(data24[i7], {instancePath:instancePath+"/affected/" + i7,parentData:data24,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err71 = {instancePath:instancePath+"/affected",schemaPath:"#/properties/affected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.affected.type,parentSchema:schema31.properties.affected,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data.references !== undefined){
let data26 = data.references;
if(Array.isArray(data26)){
if(data26.length > 1000){
const err72 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.references,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
const len5 = data26.length;
for(let i8=0; i8<len5; i8++){
if(!(validate27(data26[i8], {instancePath:instancePath+"/references/" + i8,parentData:data26,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
}
else {
const err73 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.references.type,parentSchema:schema31.properties.references,data:data26};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.credits !== undefined){
let data28 = data.credits;
if(Array.isArray(data28)){
if(data28.length > 100){
const err74 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema31.properties.credits,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
const len6 = data28.length;
for(let i9=0; i9<len6; i9++){
if(!(validate29(data28[i9], {instancePath:instancePath+"/credits/" + i9,parentData:data28,parentDataProperty:i9,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err75 = {instancePath:instancePath+"/credits",schemaPath:"#/properties/credits/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.credits.type,parentSchema:schema31.properties.credits,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.withdrawn !== undefined){
let data30 = data.withdrawn;
if(typeof data30 === "string"){
if(!(formats12.validate(data30))){
const err76 = {instancePath:instancePath+"/withdrawn",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data30};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/withdrawn",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.withdrawn_reason !== undefined){
let data31 = data.withdrawn_reason;
if(typeof data31 === "string"){
if(func6(data31) > 2000){
const err78 = {instancePath:instancePath+"/withdrawn_reason",schemaPath:"#/properties/withdrawn_reason/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema31.properties.withdrawn_reason,data:data31};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(func6(data31) < 1){
const err79 = {instancePath:instancePath+"/withdrawn_reason",schemaPath:"#/properties/withdrawn_reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.withdrawn_reason,data:data31};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/withdrawn_reason",schemaPath:"#/properties/withdrawn_reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.withdrawn_reason.type,parentSchema:schema31.properties.withdrawn_reason,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.embargo !== undefined){
let data32 = data.embargo;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.until === undefined){
const err81 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema31.properties.embargo.required,parentSchema:schema31.properties.embargo,data:data32};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key2 in data32){
if(!((key2 === "until") || (key2 === "reason"))){
const err82 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.embargo,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data32.until !== undefined){
let data33 = data32.until;
if(typeof data33 === "string"){
if(!(formats12.validate(data33))){
const err83 = {instancePath:instancePath+"/embargo/until",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
else {
const err84 = {instancePath:instancePath+"/embargo/until",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data33};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data32.reason !== undefined){
let data34 = data32.reason;
if(typeof data34 === "string"){
if(func6(data34) > 2000){
const err85 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema31.properties.embargo.properties.reason,data:data34};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(func6(data34) < 1){
const err86 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.embargo.properties.reason,data:data34};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.embargo.properties.reason.type,parentSchema:schema31.properties.embargo.properties.reason,data:data34};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.embargo.type,parentSchema:schema31.properties.embargo,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data.timeline !== undefined){
let data35 = data.timeline;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(Object.keys(data35).length < 1){
const err89 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.timeline,data:data35};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key3 in data35){
if(!((((key3 === "reported") || (key3 === "disclosed")) || (key3 === "fixed")) || (key3 === "published"))){
const err90 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.timeline,data:data35};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data35.reported !== undefined){
let data36 = data35.reported;
if(typeof data36 === "string"){
if(!(formats12.validate(data36))){
const err91 = {instancePath:instancePath+"/timeline/reported",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data36};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/timeline/reported",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data36};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data35.disclosed !== undefined){
let data37 = data35.disclosed;
if(typeof data37 === "string"){
if(!(formats12.validate(data37))){
const err93 = {instancePath:instancePath+"/timeline/disclosed",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data37};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/timeline/disclosed",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data37};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data35.fixed !== undefined){
let data38 = data35.fixed;
if(typeof data38 === "string"){
if(!(formats12.validate(data38))){
const err95 = {instancePath:instancePath+"/timeline/fixed",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data38};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/timeline/fixed",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data38};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
if(data35.published !== undefined){
let data39 = data35.published;
if(typeof data39 === "string"){
if(!(formats12.validate(data39))){
const err97 = {instancePath:instancePath+"/timeline/published",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema50,data:data39};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/timeline/published",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data39};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/timeline",schemaPath:"#/properties/timeline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.timeline.type,parentSchema:schema31.properties.timeline,data:data35};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data.coordinator !== undefined){
let data40 = data.coordinator;
if(typeof data40 === "string"){
if(!pattern16.test(data40)){
const err100 = {instancePath:instancePath+"/coordinator",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema49,data:data40};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/coordinator",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.type,parentSchema:schema49,data:data40};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data.fixes !== undefined){
let data41 = data.fixes;
if(Array.isArray(data41)){
if(data41.length > 1000){
const err102 = {instancePath:instancePath+"/fixes",schemaPath:"#/properties/fixes/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema31.properties.fixes,data:data41};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
const len7 = data41.length;
for(let i10=0; i10<len7; i10++){
if(!(validate31(data41[i10], {instancePath:instancePath+"/fixes/" + i10,parentData:data41,parentDataProperty:i10,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err103 = {instancePath:instancePath+"/fixes",schemaPath:"#/properties/fixes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.fixes.type,parentSchema:schema31.properties.fixes,data:data41};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.database_specific !== undefined){
let data43 = data.database_specific;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
}
else {
const err104 = {instancePath:instancePath+"/database_specific",schemaPath:"#/properties/database_specific/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.database_specific.type,parentSchema:schema31.properties.database_specific,data:data43};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
else {
const err105 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const rotation = validate33;
const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://watchkeeper.invalid/schemas/rotation.schema.json","title":"Rotation file","description":"A file under rotations/: the roster (rotations/roster.yaml, `members`) or one period's terms (rotations/terms/<period>.yaml, `terms`). All rotation files together make the team's rotation.","type":"object","additionalProperties":false,"minProperties":1,"properties":{"members":{"description":"The people on the team, past and present. A member is listed once, in the roster, and keeps their entry after leaving so past terms and credits still resolve.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/member"}},"terms":{"description":"Fixed terms: who holds which role from when until when.","type":"array","maxItems":10000,"items":{"$ref":"#/$defs/term"}}},"$defs":{"instant":{"description":"A UTC instant written with `Z`, e.g. 2026-07-01T00:00:00Z.","type":"string","format":"utc-instant"},"handle":{"description":"A team member's handle: lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"},"member":{"description":"One team member.","type":"object","additionalProperties":false,"required":["handle","name","contact","key"],"properties":{"handle":{"description":"The member's handle, used by terms, advisories' `coordinator` and credits' `member`.","$ref":"#/$defs/handle"},"name":{"description":"The name shown on the team page.","type":"string","minLength":1,"maxLength":200},"contact":{"description":"How to reach the member: a mailto: or https: URL.","type":"string","format":"safe-url","maxLength":2048},"key":{"description":"The member's OpenPGP public key.","type":"object","additionalProperties":false,"required":["fingerprint","path"],"properties":{"fingerprint":{"description":"The primary key fingerprint: 40 (v4) or 64 (v6) upper-case hex digits, no spaces.","type":"string","pattern":"^([0-9A-F]{40}|[0-9A-F]{64})$"},"path":{"description":"The armored public key file, relative to rotations/ (e.g. keys/amara.asc).","type":"string","pattern":"^keys/[a-z0-9][a-z0-9._-]*\\.asc$"}}},"forge_user":{"description":"The member's user name on the forge that hosts this repository (GitHub, GitLab), without `@`. `npm run codeowners` writes it into CODEOWNERS; when absent the handle is used.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},"expertise":{"description":"Areas the member can be consulted on (e.g. kernel, toolchain, crypto).","type":"array","uniqueItems":true,"maxItems":50,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9 +.-]{0,49}$"}}}},"term":{"description":"One fixed term: a member holds a role from `from` (inclusive) until `until` (exclusive).","type":"object","additionalProperties":false,"required":["member","role","from","until"],"properties":{"member":{"description":"The member's handle from the roster.","$ref":"#/$defs/handle"},"role":{"description":"The duty: `coordinator` (runs embargoes and disclosure), `reviewer` (reviews advisories), or `expert` (consulted on an area).","enum":["coordinator","reviewer","expert"]},"position":{"description":"`primary` (on duty) or `backup` (steps in when the primary is away). Defaults to primary.","enum":["primary","backup"],"default":"primary"},"from":{"description":"The start of the term, inclusive.","$ref":"#/$defs/instant"},"until":{"description":"The end of the term, exclusive.","$ref":"#/$defs/instant"},"area":{"description":"For experts: the area they are consulted on.","type":"string","pattern":"^[a-z0-9][a-z0-9 +.-]{0,49}$"}}}}};
const schema62 = {"description":"One team member.","type":"object","additionalProperties":false,"required":["handle","name","contact","key"],"properties":{"handle":{"description":"The member's handle, used by terms, advisories' `coordinator` and credits' `member`.","$ref":"#/$defs/handle"},"name":{"description":"The name shown on the team page.","type":"string","minLength":1,"maxLength":200},"contact":{"description":"How to reach the member: a mailto: or https: URL.","type":"string","format":"safe-url","maxLength":2048},"key":{"description":"The member's OpenPGP public key.","type":"object","additionalProperties":false,"required":["fingerprint","path"],"properties":{"fingerprint":{"description":"The primary key fingerprint: 40 (v4) or 64 (v6) upper-case hex digits, no spaces.","type":"string","pattern":"^([0-9A-F]{40}|[0-9A-F]{64})$"},"path":{"description":"The armored public key file, relative to rotations/ (e.g. keys/amara.asc).","type":"string","pattern":"^keys/[a-z0-9][a-z0-9._-]*\\.asc$"}}},"forge_user":{"description":"The member's user name on the forge that hosts this repository (GitHub, GitLab), without `@`. `npm run codeowners` writes it into CODEOWNERS; when absent the handle is used.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},"expertise":{"description":"Areas the member can be consulted on (e.g. kernel, toolchain, crypto).","type":"array","uniqueItems":true,"maxItems":50,"items":{"type":"string","pattern":"^[a-z0-9][a-z0-9 +.-]{0,49}$"}}}};
const schema63 = {"description":"A team member's handle: lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"};
const pattern20 = func0("^([0-9A-F]{40}|[0-9A-F]{64})$", "u");
const pattern21 = func0("^keys/[a-z0-9][a-z0-9._-]*\\.asc$", "u");
const pattern22 = func0("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$", "u");
const pattern23 = func0("^[a-z0-9][a-z0-9 +.-]{0,49}$", "u");

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.handle === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "handle"},message:"must have required property '"+"handle"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.contact === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.key === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "handle") || (key0 === "name")) || (key0 === "contact")) || (key0 === "key")) || (key0 === "forge_user")) || (key0 === "expertise"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.handle !== undefined){
let data0 = data.handle;
if(typeof data0 === "string"){
if(!pattern16.test(data0)){
const err5 = {instancePath:instancePath+"/handle",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/handle",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func6(data1) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema62.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func6(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.name.type,parentSchema:schema62.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.contact !== undefined){
let data2 = data.contact;
if(typeof data2 === "string"){
if(func6(data2) > 2048){
const err10 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema62.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats4.validate(data2))){
const err11 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema62.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.contact.type,parentSchema:schema62.properties.contact,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.key !== undefined){
let data3 = data.key;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.fingerprint === undefined){
const err13 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/required",keyword:"required",params:{missingProperty: "fingerprint"},message:"must have required property '"+"fingerprint"+"'",schema:schema62.properties.key.required,parentSchema:schema62.properties.key,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.path === undefined){
const err14 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema62.properties.key.required,parentSchema:schema62.properties.key,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "fingerprint") || (key1 === "path"))){
const err15 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema62.properties.key,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.fingerprint !== undefined){
let data4 = data3.fingerprint;
if(typeof data4 === "string"){
if(!pattern20.test(data4)){
const err16 = {instancePath:instancePath+"/key/fingerprint",schemaPath:"#/properties/key/properties/fingerprint/pattern",keyword:"pattern",params:{pattern: "^([0-9A-F]{40}|[0-9A-F]{64})$"},message:"must match pattern \""+"^([0-9A-F]{40}|[0-9A-F]{64})$"+"\"",schema:"^([0-9A-F]{40}|[0-9A-F]{64})$",parentSchema:schema62.properties.key.properties.fingerprint,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/key/fingerprint",schemaPath:"#/properties/key/properties/fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.key.properties.fingerprint.type,parentSchema:schema62.properties.key.properties.fingerprint,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.path !== undefined){
let data5 = data3.path;
if(typeof data5 === "string"){
if(!pattern21.test(data5)){
const err18 = {instancePath:instancePath+"/key/path",schemaPath:"#/properties/key/properties/path/pattern",keyword:"pattern",params:{pattern: "^keys/[a-z0-9][a-z0-9._-]*\\.asc$"},message:"must match pattern \""+"^keys/[a-z0-9][a-z0-9._-]*\\.asc$"+"\"",schema:"^keys/[a-z0-9][a-z0-9._-]*\\.asc$",parentSchema:schema62.properties.key.properties.path,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/key/path",schemaPath:"#/properties/key/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.key.properties.path.type,parentSchema:schema62.properties.key.properties.path,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.properties.key.type,parentSchema:schema62.properties.key,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.forge_user !== undefined){
let data6 = data.forge_user;
if(typeof data6 === "string"){
if(!pattern22.test(data6)){
const err21 = {instancePath:instancePath+"/forge_user",schemaPath:"#/properties/forge_user/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",parentSchema:schema62.properties.forge_user,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/forge_user",schemaPath:"#/properties/forge_user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.forge_user.type,parentSchema:schema62.properties.forge_user,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.expertise !== undefined){
let data7 = data.expertise;
if(Array.isArray(data7)){
if(data7.length > 50){
const err23 = {instancePath:instancePath+"/expertise",schemaPath:"#/properties/expertise/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema62.properties.expertise,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(!pattern23.test(data8)){
const err24 = {instancePath:instancePath+"/expertise/" + i0,schemaPath:"#/properties/expertise/items/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9 +.-]{0,49}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9 +.-]{0,49}$"+"\"",schema:"^[a-z0-9][a-z0-9 +.-]{0,49}$",parentSchema:schema62.properties.expertise.items,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/expertise/" + i0,schemaPath:"#/properties/expertise/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.expertise.items.type,parentSchema:schema62.properties.expertise.items,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data7[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err26 = {instancePath:instancePath+"/expertise",schemaPath:"#/properties/expertise/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema62.properties.expertise,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err27 = {instancePath:instancePath+"/expertise",schemaPath:"#/properties/expertise/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.expertise.type,parentSchema:schema62.properties.expertise,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema64 = {"description":"One fixed term: a member holds a role from `from` (inclusive) until `until` (exclusive).","type":"object","additionalProperties":false,"required":["member","role","from","until"],"properties":{"member":{"description":"The member's handle from the roster.","$ref":"#/$defs/handle"},"role":{"description":"The duty: `coordinator` (runs embargoes and disclosure), `reviewer` (reviews advisories), or `expert` (consulted on an area).","enum":["coordinator","reviewer","expert"]},"position":{"description":"`primary` (on duty) or `backup` (steps in when the primary is away). Defaults to primary.","enum":["primary","backup"],"default":"primary"},"from":{"description":"The start of the term, inclusive.","$ref":"#/$defs/instant"},"until":{"description":"The end of the term, exclusive.","$ref":"#/$defs/instant"},"area":{"description":"For experts: the area they are consulted on.","type":"string","pattern":"^[a-z0-9][a-z0-9 +.-]{0,49}$"}}};
const schema66 = {"description":"A UTC instant written with `Z`, e.g. 2026-07-01T00:00:00Z.","type":"string","format":"utc-instant"};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.member === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "member"},message:"must have required property '"+"member"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.role === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.from === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.until === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "member") || (key0 === "role")) || (key0 === "position")) || (key0 === "from")) || (key0 === "until")) || (key0 === "area"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.member !== undefined){
let data0 = data.member;
if(typeof data0 === "string"){
if(!pattern16.test(data0)){
const err5 = {instancePath:instancePath+"/member",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/member",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.type,parentSchema:schema63,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(!(((data1 === "coordinator") || (data1 === "reviewer")) || (data1 === "expert"))){
const err7 = {instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema64.properties.role.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.role.enum,parentSchema:schema64.properties.role,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.position !== undefined){
let data2 = data.position;
if(!((data2 === "primary") || (data2 === "backup"))){
const err8 = {instancePath:instancePath+"/position",schemaPath:"#/properties/position/enum",keyword:"enum",params:{allowedValues: schema64.properties.position.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.position.enum,parentSchema:schema64.properties.position,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.from !== undefined){
let data3 = data.from;
if(typeof data3 === "string"){
if(!(formats12.validate(data3))){
const err9 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema66,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.until !== undefined){
let data4 = data.until;
if(typeof data4 === "string"){
if(!(formats12.validate(data4))){
const err11 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema66,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/until",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.area !== undefined){
let data5 = data.area;
if(typeof data5 === "string"){
if(!pattern23.test(data5)){
const err13 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9 +.-]{0,49}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9 +.-]{0,49}$"+"\"",schema:"^[a-z0-9][a-z0-9 +.-]{0,49}$",parentSchema:schema64.properties.area,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/area",schemaPath:"#/properties/area/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.area.type,parentSchema:schema64.properties.area,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://watchkeeper.invalid/schemas/rotation.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err0 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "members") || (key0 === "terms"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.members !== undefined){
let data0 = data.members;
if(Array.isArray(data0)){
if(data0.length > 1000){
const err2 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema61.properties.members,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate34(data0[i0], {instancePath:instancePath+"/members/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.members.type,parentSchema:schema61.properties.members,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.terms !== undefined){
let data2 = data.terms;
if(Array.isArray(data2)){
if(data2.length > 10000){
const err4 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema61.properties.terms,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate36(data2[i1], {instancePath:instancePath+"/terms/" + i1,parentData:data2,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
}
}
else {
const err5 = {instancePath:instancePath+"/terms",schemaPath:"#/properties/terms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.terms.type,parentSchema:schema61.properties.terms,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const settings = validate38;
const schema68 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://watchkeeper.invalid/schemas/settings.schema.json","title":"Settings","description":"The project settings, watchkeeper.yaml at the repository root: who the team is, how ids look, and the disclosure policy numbers every check uses.","type":"object","additionalProperties":false,"required":["name","site_url","id_prefix","default_ecosystem","contact","policy"],"properties":{"name":{"description":"The team's name as shown on the site, e.g. Kestrel Linux Security Team.","type":"string","minLength":1,"maxLength":200},"project":{"description":"The project or distribution the team serves, e.g. Kestrel Linux.","type":"string","minLength":1,"maxLength":200},"site_url":{"description":"The public site's base URL, https:, ending without a slash.","type":"string","format":"safe-url","pattern":"^https://[^/]+(/.*[^/])?$"},"id_prefix":{"description":"The advisory id prefix: ids are `<id_prefix>-<year>-<number>`.","type":"string","pattern":"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$","maxLength":20},"default_ecosystem":{"description":"The ecosystem of a package that names none, e.g. `Kestrel:3`.","type":"string","minLength":1,"maxLength":100},"contact":{"description":"How to reach the team.","type":"object","additionalProperties":false,"required":["email"],"properties":{"email":{"description":"The address for vulnerability reports.","type":"string","format":"email"},"url":{"description":"A web page about reporting.","type":"string","format":"safe-url"},"key_fingerprint":{"description":"The fingerprint of the team's own OpenPGP key for encrypted reports, if it has one.","type":"string","pattern":"^([0-9A-F]{40}|[0-9A-F]{64})$"},"languages":{"description":"Languages reports may be written in (BCP 47 tags), e.g. [en, de].","type":"array","minItems":1,"items":{"type":"string","pattern":"^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$"}}}},"policy":{"description":"The disclosure policy numbers the checks enforce.","type":"object","additionalProperties":false,"properties":{"max_embargo_days":{"description":"Longest embargo, counted from the report, without a recorded reason (distros list: 14).","type":"integer","minimum":1,"maximum":365,"default":14},"preferred_embargo_days":{"description":"Embargoes longer than this draw a warning (distros list: 7).","type":"integer","minimum":1,"maximum":365,"default":7},"fix_target_days":{"description":"Target days from disclosure to a fix available to users (distros list: 10).","type":"integer","minimum":1,"maximum":365,"default":10},"triage_target_days":{"description":"Days a triage record's package may stay in needs triage (detected or investigating) before it draws a warning (TRIAGE_OVERDUE).","type":"integer","minimum":1,"maximum":365,"default":14},"term_min_months":{"description":"Shortest term a member may hold a role.","type":"integer","minimum":1,"maximum":60,"default":6},"term_max_months":{"description":"Longest term a member may hold a role.","type":"integer","minimum":1,"maximum":60,"default":12}}},"forge":{"description":"Where the repository lives, for links to commits.","type":"object","additionalProperties":false,"properties":{"commit_url":{"description":"A URL template for a commit, with `{sha}`, e.g. https://git.example.org/security/commit/{sha}.","type":"string","pattern":"^https://[^\\s]*\\{sha\\}[^\\s]*$"}}},"osv":{"description":"How the OSV export names things that OSV requires to be registered.","type":"object","additionalProperties":false,"properties":{"id_prefix":{"description":"The OSV id prefix replacing id_prefix in exported ids. A database not registered with OSV uses `x_` plus its name, e.g. x_KESTREL.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*(-[A-Z0-9]+)*$"},"ecosystems":{"description":"Maps the tracker's ecosystems to registered OSV ecosystems (e.g. `Kestrel:3: Debian:12`); an ecosystem mapped to null is exported without an OSV package, with the package kept in database_specific.","type":"object","additionalProperties":{"type":["string","null"]}}}},"sealing":{"description":"Sealed embargoed drafts (encrypted to the team). Off unless enabled.","type":"object","additionalProperties":false,"properties":{"enabled":{"description":"Turns on `npm run seal` and the sealed-draft checks.","type":"boolean","default":false}}}}};
const formats36 = SCHEMA_FORMATS.email;
const pattern26 = func0("^https://[^/]+(/.*[^/])?$", "u");
const pattern27 = func0("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", "u");
const pattern29 = func0("^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$", "u");
const pattern30 = func0("^https://[^\\s]*\\{sha\\}[^\\s]*$", "u");
const pattern31 = func0("^[A-Za-z][A-Za-z0-9_]*(-[A-Z0-9]+)*$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://watchkeeper.invalid/schemas/settings.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.site_url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "site_url"},message:"must have required property '"+"site_url"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id_prefix === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id_prefix"},message:"must have required property '"+"id_prefix"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.default_ecosystem === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "default_ecosystem"},message:"must have required property '"+"default_ecosystem"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.contact === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.policy === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "policy"},message:"must have required property '"+"policy"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema68.properties, key0))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func6(data0) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func6(data0) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.name.type,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.project !== undefined){
let data1 = data.project;
if(typeof data1 === "string"){
if(func6(data1) > 200){
const err10 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema68.properties.project,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func6(data1) < 1){
const err11 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.project,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.project.type,parentSchema:schema68.properties.project,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.site_url !== undefined){
let data2 = data.site_url;
if(typeof data2 === "string"){
if(!pattern26.test(data2)){
const err13 = {instancePath:instancePath+"/site_url",schemaPath:"#/properties/site_url/pattern",keyword:"pattern",params:{pattern: "^https://[^/]+(/.*[^/])?$"},message:"must match pattern \""+"^https://[^/]+(/.*[^/])?$"+"\"",schema:"^https://[^/]+(/.*[^/])?$",parentSchema:schema68.properties.site_url,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!(formats4.validate(data2))){
const err14 = {instancePath:instancePath+"/site_url",schemaPath:"#/properties/site_url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema68.properties.site_url,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/site_url",schemaPath:"#/properties/site_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.site_url.type,parentSchema:schema68.properties.site_url,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.id_prefix !== undefined){
let data3 = data.id_prefix;
if(typeof data3 === "string"){
if(func6(data3) > 20){
const err16 = {instancePath:instancePath+"/id_prefix",schemaPath:"#/properties/id_prefix/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema68.properties.id_prefix,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern27.test(data3)){
const err17 = {instancePath:instancePath+"/id_prefix",schemaPath:"#/properties/id_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$",parentSchema:schema68.properties.id_prefix,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/id_prefix",schemaPath:"#/properties/id_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.id_prefix.type,parentSchema:schema68.properties.id_prefix,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.default_ecosystem !== undefined){
let data4 = data.default_ecosystem;
if(typeof data4 === "string"){
if(func6(data4) > 100){
const err19 = {instancePath:instancePath+"/default_ecosystem",schemaPath:"#/properties/default_ecosystem/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema68.properties.default_ecosystem,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func6(data4) < 1){
const err20 = {instancePath:instancePath+"/default_ecosystem",schemaPath:"#/properties/default_ecosystem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.default_ecosystem,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/default_ecosystem",schemaPath:"#/properties/default_ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.default_ecosystem.type,parentSchema:schema68.properties.default_ecosystem,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.contact !== undefined){
let data5 = data.contact;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.email === undefined){
const err22 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "email"},message:"must have required property '"+"email"+"'",schema:schema68.properties.contact.required,parentSchema:schema68.properties.contact,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "email") || (key1 === "url")) || (key1 === "key_fingerprint")) || (key1 === "languages"))){
const err23 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.contact,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data5.email !== undefined){
let data6 = data5.email;
if(typeof data6 === "string"){
if(!(formats36.validate.test(data6))){
const err24 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema68.properties.contact.properties.email,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.contact.properties.email.type,parentSchema:schema68.properties.contact.properties.email,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.url !== undefined){
let data7 = data5.url;
if(typeof data7 === "string"){
if(!(formats4.validate(data7))){
const err26 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema68.properties.contact.properties.url,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.contact.properties.url.type,parentSchema:schema68.properties.contact.properties.url,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data5.key_fingerprint !== undefined){
let data8 = data5.key_fingerprint;
if(typeof data8 === "string"){
if(!pattern20.test(data8)){
const err28 = {instancePath:instancePath+"/contact/key_fingerprint",schemaPath:"#/properties/contact/properties/key_fingerprint/pattern",keyword:"pattern",params:{pattern: "^([0-9A-F]{40}|[0-9A-F]{64})$"},message:"must match pattern \""+"^([0-9A-F]{40}|[0-9A-F]{64})$"+"\"",schema:"^([0-9A-F]{40}|[0-9A-F]{64})$",parentSchema:schema68.properties.contact.properties.key_fingerprint,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/contact/key_fingerprint",schemaPath:"#/properties/contact/properties/key_fingerprint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.contact.properties.key_fingerprint.type,parentSchema:schema68.properties.contact.properties.key_fingerprint,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data5.languages !== undefined){
let data9 = data5.languages;
if(Array.isArray(data9)){
if(data9.length < 1){
const err30 = {instancePath:instancePath+"/contact/languages",schemaPath:"#/properties/contact/properties/languages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.contact.properties.languages,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(!pattern29.test(data10)){
const err31 = {instancePath:instancePath+"/contact/languages/" + i0,schemaPath:"#/properties/contact/properties/languages/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$"},message:"must match pattern \""+"^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$"+"\"",schema:"^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$",parentSchema:schema68.properties.contact.properties.languages.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/contact/languages/" + i0,schemaPath:"#/properties/contact/properties/languages/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.contact.properties.languages.items.type,parentSchema:schema68.properties.contact.properties.languages.items,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/contact/languages",schemaPath:"#/properties/contact/properties/languages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.contact.properties.languages.type,parentSchema:schema68.properties.contact.properties.languages,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.contact.type,parentSchema:schema68.properties.contact,data:data5};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.policy !== undefined){
let data11 = data.policy;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key2 in data11){
if(!((((((key2 === "max_embargo_days") || (key2 === "preferred_embargo_days")) || (key2 === "fix_target_days")) || (key2 === "triage_target_days")) || (key2 === "term_min_months")) || (key2 === "term_max_months"))){
const err35 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.policy,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data11.max_embargo_days !== undefined){
let data12 = data11.max_embargo_days;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err36 = {instancePath:instancePath+"/policy/max_embargo_days",schemaPath:"#/properties/policy/properties/max_embargo_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.max_embargo_days.type,parentSchema:schema68.properties.policy.properties.max_embargo_days,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 365 || isNaN(data12)){
const err37 = {instancePath:instancePath+"/policy/max_embargo_days",schemaPath:"#/properties/policy/properties/max_embargo_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema68.properties.policy.properties.max_embargo_days,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err38 = {instancePath:instancePath+"/policy/max_embargo_days",schemaPath:"#/properties/policy/properties/max_embargo_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.max_embargo_days,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
if(data11.preferred_embargo_days !== undefined){
let data13 = data11.preferred_embargo_days;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err39 = {instancePath:instancePath+"/policy/preferred_embargo_days",schemaPath:"#/properties/policy/properties/preferred_embargo_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.preferred_embargo_days.type,parentSchema:schema68.properties.policy.properties.preferred_embargo_days,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 365 || isNaN(data13)){
const err40 = {instancePath:instancePath+"/policy/preferred_embargo_days",schemaPath:"#/properties/policy/properties/preferred_embargo_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema68.properties.policy.properties.preferred_embargo_days,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err41 = {instancePath:instancePath+"/policy/preferred_embargo_days",schemaPath:"#/properties/policy/properties/preferred_embargo_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.preferred_embargo_days,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
if(data11.fix_target_days !== undefined){
let data14 = data11.fix_target_days;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err42 = {instancePath:instancePath+"/policy/fix_target_days",schemaPath:"#/properties/policy/properties/fix_target_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.fix_target_days.type,parentSchema:schema68.properties.policy.properties.fix_target_days,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 365 || isNaN(data14)){
const err43 = {instancePath:instancePath+"/policy/fix_target_days",schemaPath:"#/properties/policy/properties/fix_target_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema68.properties.policy.properties.fix_target_days,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err44 = {instancePath:instancePath+"/policy/fix_target_days",schemaPath:"#/properties/policy/properties/fix_target_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.fix_target_days,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
if(data11.triage_target_days !== undefined){
let data15 = data11.triage_target_days;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err45 = {instancePath:instancePath+"/policy/triage_target_days",schemaPath:"#/properties/policy/properties/triage_target_days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.triage_target_days.type,parentSchema:schema68.properties.policy.properties.triage_target_days,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 365 || isNaN(data15)){
const err46 = {instancePath:instancePath+"/policy/triage_target_days",schemaPath:"#/properties/policy/properties/triage_target_days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 365},message:"must be <= 365",schema:365,parentSchema:schema68.properties.policy.properties.triage_target_days,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err47 = {instancePath:instancePath+"/policy/triage_target_days",schemaPath:"#/properties/policy/properties/triage_target_days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.triage_target_days,data:data15};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
if(data11.term_min_months !== undefined){
let data16 = data11.term_min_months;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err48 = {instancePath:instancePath+"/policy/term_min_months",schemaPath:"#/properties/policy/properties/term_min_months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.term_min_months.type,parentSchema:schema68.properties.policy.properties.term_min_months,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 60 || isNaN(data16)){
const err49 = {instancePath:instancePath+"/policy/term_min_months",schemaPath:"#/properties/policy/properties/term_min_months/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema68.properties.policy.properties.term_min_months,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data16 < 1 || isNaN(data16)){
const err50 = {instancePath:instancePath+"/policy/term_min_months",schemaPath:"#/properties/policy/properties/term_min_months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.term_min_months,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data11.term_max_months !== undefined){
let data17 = data11.term_max_months;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err51 = {instancePath:instancePath+"/policy/term_max_months",schemaPath:"#/properties/policy/properties/term_max_months/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.policy.properties.term_max_months.type,parentSchema:schema68.properties.policy.properties.term_max_months,data:data17};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 60 || isNaN(data17)){
const err52 = {instancePath:instancePath+"/policy/term_max_months",schemaPath:"#/properties/policy/properties/term_max_months/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema68.properties.policy.properties.term_max_months,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err53 = {instancePath:instancePath+"/policy/term_max_months",schemaPath:"#/properties/policy/properties/term_max_months/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.policy.properties.term_max_months,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
}
else {
const err54 = {instancePath:instancePath+"/policy",schemaPath:"#/properties/policy/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.policy.type,parentSchema:schema68.properties.policy,data:data11};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.forge !== undefined){
let data18 = data.forge;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
if(!(key3 === "commit_url")){
const err55 = {instancePath:instancePath+"/forge",schemaPath:"#/properties/forge/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.forge,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data18.commit_url !== undefined){
let data19 = data18.commit_url;
if(typeof data19 === "string"){
if(!pattern30.test(data19)){
const err56 = {instancePath:instancePath+"/forge/commit_url",schemaPath:"#/properties/forge/properties/commit_url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s]*\\{sha\\}[^\\s]*$"},message:"must match pattern \""+"^https://[^\\s]*\\{sha\\}[^\\s]*$"+"\"",schema:"^https://[^\\s]*\\{sha\\}[^\\s]*$",parentSchema:schema68.properties.forge.properties.commit_url,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/forge/commit_url",schemaPath:"#/properties/forge/properties/commit_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.forge.properties.commit_url.type,parentSchema:schema68.properties.forge.properties.commit_url,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/forge",schemaPath:"#/properties/forge/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.forge.type,parentSchema:schema68.properties.forge,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.osv !== undefined){
let data20 = data.osv;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key4 in data20){
if(!((key4 === "id_prefix") || (key4 === "ecosystems"))){
const err59 = {instancePath:instancePath+"/osv",schemaPath:"#/properties/osv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.osv,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data20.id_prefix !== undefined){
let data21 = data20.id_prefix;
if(typeof data21 === "string"){
if(!pattern31.test(data21)){
const err60 = {instancePath:instancePath+"/osv/id_prefix",schemaPath:"#/properties/osv/properties/id_prefix/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*(-[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*(-[A-Z0-9]+)*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9_]*(-[A-Z0-9]+)*$",parentSchema:schema68.properties.osv.properties.id_prefix,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/osv/id_prefix",schemaPath:"#/properties/osv/properties/id_prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.osv.properties.id_prefix.type,parentSchema:schema68.properties.osv.properties.id_prefix,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data20.ecosystems !== undefined){
let data22 = data20.ecosystems;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
for(const key5 in data22){
let data23 = data22[key5];
if((typeof data23 !== "string") && (data23 !== null)){
const err62 = {instancePath:instancePath+"/osv/ecosystems/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/osv/properties/ecosystems/additionalProperties/type",keyword:"type",params:{type: schema68.properties.osv.properties.ecosystems.additionalProperties.type},message:"must be string,null",schema:schema68.properties.osv.properties.ecosystems.additionalProperties.type,parentSchema:schema68.properties.osv.properties.ecosystems.additionalProperties,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/osv/ecosystems",schemaPath:"#/properties/osv/properties/ecosystems/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.osv.properties.ecosystems.type,parentSchema:schema68.properties.osv.properties.ecosystems,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/osv",schemaPath:"#/properties/osv/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.osv.type,parentSchema:schema68.properties.osv,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.sealing !== undefined){
let data24 = data.sealing;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key6 in data24){
if(!(key6 === "enabled")){
const err65 = {instancePath:instancePath+"/sealing",schemaPath:"#/properties/sealing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.sealing,data:data24};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data24.enabled !== undefined){
let data25 = data24.enabled;
if(typeof data25 !== "boolean"){
const err66 = {instancePath:instancePath+"/sealing/enabled",schemaPath:"#/properties/sealing/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema68.properties.sealing.properties.enabled.type,parentSchema:schema68.properties.sealing.properties.enabled,data:data25};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/sealing",schemaPath:"#/properties/sealing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.sealing.type,parentSchema:schema68.properties.sealing,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const triage = validate39;
const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://watchkeeper.invalid/schemas/triage.schema.json","title":"Triage record","description":"One upstream vulnerability (CVE, GHSA, OSV id) the team tracks, one YAML file at vulns/<year>/<id>.yaml, with a dated event log per package and release. The current status of a package in a release is its latest event. See docs/triage.md.","type":"object","additionalProperties":false,"required":["id","summary","packages"],"properties":{"id":{"description":"The upstream id (CVE-2026-0101, GHSA-…, an OSV id). Must equal the file name without .yaml; the year folder is the id's year (CVE-YYYY-…), else the year of published_upstream.","$ref":"#/$defs/vulnId"},"aliases":{"description":"Other upstream ids for the same vulnerability (OSV `aliases`), e.g. the GHSA id of a CVE.","type":"array","uniqueItems":true,"maxItems":100,"items":{"$ref":"#/$defs/vulnId"}},"summary":{"description":"One line from upstream that names the problem.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"},"references":{"description":"Upstream links: the CVE record, the upstream advisory, the fix.","type":"array","maxItems":1000,"items":{"$ref":"#/$defs/reference"}},"published_upstream":{"description":"When upstream made the vulnerability public (the CVE's or OSV record's publication). The fix target is counted from here. Absent while it is not public (then an embargo is expected).","$ref":"#/$defs/instant"},"embargo":{"description":"An embargo on disclosure, with the same shape and meaning as an advisory's: nothing about this record is published before `until`.","type":"object","additionalProperties":false,"required":["until"],"properties":{"until":{"description":"The instant the embargo lifts, in UTC with `Z`. The record may be published when now >= until.","$ref":"#/$defs/instant"},"reason":{"description":"Why the embargo is as long as it is.","type":"string","minLength":1,"maxLength":2000}}},"assignee":{"description":"Who triages this record: a handle from the rotations/ roster.","$ref":"#/$defs/handle"},"notes":{"description":"Free-form notes of the team about this vulnerability (plain text).","type":"string","minLength":1,"maxLength":10000},"packages":{"description":"The packages this vulnerability may touch, each with its status per release.","type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/$defs/package"}}},"$defs":{"instant":{"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"},"handle":{"description":"A team member's handle (rotations/ roster): lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"},"vulnId":{"description":"A vulnerability id such as CVE-2026-12345, GHSA-xxxx-xxxx-xxxx or an OSV id.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},"url":{"description":"An https: URL.","type":"string","format":"safe-url","maxLength":2048},"releaseId":{"description":"A release id as named by the file vulns/releases/<id>.yaml: lower-case letters, digits, dots and hyphens, e.g. kestrel-4.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,63}$"},"reference":{"title":"TriageReference","description":"One link (OSV `references[]`).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"description":"What the link is (OSV reference types).","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"description":"The link, https: only.","$ref":"#/$defs/url"}}},"package":{"title":"TriagePackage","description":"One package of the inventory and its status in each release.","type":"object","additionalProperties":false,"required":["name","releases"],"properties":{"name":{"description":"A package name as the distribution ships it (the inventory's `name`).","type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},"releases":{"description":"The releases in which this package is tracked, each with its event log.","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/releaseStatus"}}}},"releaseStatus":{"title":"TriageReleaseStatus","description":"The event log of one package in one release.","type":"object","additionalProperties":false,"required":["release","events"],"properties":{"release":{"description":"The release, by the id of its file vulns/releases/<id>.yaml.","$ref":"#/$defs/releaseId"},"events":{"description":"What happened, oldest first; the latest event is the current status.","type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/$defs/event"}}}},"event":{"title":"TriageEvent","description":"One dated step of triage. Fields other than status, at, by and note belong to one status each (see docs/triage.md).","type":"object","additionalProperties":false,"required":["status","at"],"properties":{"status":{"description":"detected (needs triage), investigating (needs triage, someone is on it), affected, not_affected (with justification and statement), fixed (with version), will_not_fix (with reason), rejected (the upstream id was REJECTED).","enum":["detected","investigating","affected","not_affected","fixed","will_not_fix","rejected"]},"at":{"description":"When this happened, in UTC with `Z`.","$ref":"#/$defs/instant"},"by":{"description":"Who recorded it: a roster handle.","$ref":"#/$defs/handle"},"note":{"description":"Why, in a sentence or two (plain text). Required when a fixed package becomes affected again.","type":"string","minLength":1,"maxLength":2000},"justification":{"description":"For not_affected: the VEX justification (CISA/OpenVEX list).","enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"]},"statement":{"description":"For not_affected: the impact statement readers and VEX consumers see, e.g. which build option removes the code.","type":"string","minLength":1,"maxLength":2000},"version":{"description":"For fixed: the first package version in this release that has the fix.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"},"advisory":{"description":"For fixed: the team's advisory id that announces the fix, when there is one; it should list this record's id among its aliases.","type":"string","pattern":"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$","maxLength":64},"commit":{"description":"For fixed: the commit (hex id) in the packaging repository that carries the fix.","type":"string","pattern":"^[0-9a-f]{7,64}$"},"update":{"description":"For fixed: the update or erratum that shipped it, e.g. an update id or a link text.","type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\n\\r]*$"},"reason":{"description":"For will_not_fix: why not, e.g. the release is past its end of life or the package is not shipped by default.","type":"string","minLength":1,"maxLength":2000}}}}};
const schema70 = {"description":"A vulnerability id such as CVE-2026-12345, GHSA-xxxx-xxxx-xxxx or an OSV id.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"};
const schema74 = {"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"};
const schema76 = {"description":"A team member's handle (rotations/ roster): lower-case letters, digits and hyphens.","type":"string","pattern":"^[a-z][a-z0-9-]{0,38}$"};
const func3 = runtime1.default;
const schema72 = {"title":"TriageReference","description":"One link (OSV `references[]`).","type":"object","additionalProperties":false,"required":["type","url"],"properties":{"type":{"description":"What the link is (OSV reference types).","enum":["ADVISORY","ARTICLE","DETECTION","DISCUSSION","REPORT","FIX","INTRODUCED","GIT","PACKAGE","EVIDENCE","WEB"]},"url":{"description":"The link, https: only.","$ref":"#/$defs/url"}}};
const schema73 = {"description":"An https: URL.","type":"string","format":"safe-url","maxLength":2048};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.url === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "url"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.type !== undefined){
let data0 = data.type;
if(!(((((((((((data0 === "ADVISORY") || (data0 === "ARTICLE")) || (data0 === "DETECTION")) || (data0 === "DISCUSSION")) || (data0 === "REPORT")) || (data0 === "FIX")) || (data0 === "INTRODUCED")) || (data0 === "GIT")) || (data0 === "PACKAGE")) || (data0 === "EVIDENCE")) || (data0 === "WEB"))){
const err3 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema72.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.type.enum,parentSchema:schema72.properties.type,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(func6(data1) > 2048){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema73,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(formats4.validate(data1))){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/format",keyword:"format",params:{format: "safe-url"},message:"must match format \""+"safe-url"+"\"",schema:"safe-url",parentSchema:schema73,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/$defs/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.type,parentSchema:schema73,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema77 = {"title":"TriagePackage","description":"One package of the inventory and its status in each release.","type":"object","additionalProperties":false,"required":["name","releases"],"properties":{"name":{"description":"A package name as the distribution ships it (the inventory's `name`).","type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},"releases":{"description":"The releases in which this package is tracked, each with its event log.","type":"array","minItems":1,"maxItems":100,"items":{"$ref":"#/$defs/releaseStatus"}}}};
const pattern36 = func0("^[A-Za-z0-9][A-Za-z0-9+._~-]*$", "u");
const schema78 = {"title":"TriageReleaseStatus","description":"The event log of one package in one release.","type":"object","additionalProperties":false,"required":["release","events"],"properties":{"release":{"description":"The release, by the id of its file vulns/releases/<id>.yaml.","$ref":"#/$defs/releaseId"},"events":{"description":"What happened, oldest first; the latest event is the current status.","type":"array","minItems":1,"maxItems":1000,"items":{"$ref":"#/$defs/event"}}}};
const schema79 = {"description":"A release id as named by the file vulns/releases/<id>.yaml: lower-case letters, digits, dots and hyphens, e.g. kestrel-4.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,63}$"};
const pattern37 = func0("^[a-z0-9][a-z0-9.-]{0,63}$", "u");
const schema80 = {"title":"TriageEvent","description":"One dated step of triage. Fields other than status, at, by and note belong to one status each (see docs/triage.md).","type":"object","additionalProperties":false,"required":["status","at"],"properties":{"status":{"description":"detected (needs triage), investigating (needs triage, someone is on it), affected, not_affected (with justification and statement), fixed (with version), will_not_fix (with reason), rejected (the upstream id was REJECTED).","enum":["detected","investigating","affected","not_affected","fixed","will_not_fix","rejected"]},"at":{"description":"When this happened, in UTC with `Z`.","$ref":"#/$defs/instant"},"by":{"description":"Who recorded it: a roster handle.","$ref":"#/$defs/handle"},"note":{"description":"Why, in a sentence or two (plain text). Required when a fixed package becomes affected again.","type":"string","minLength":1,"maxLength":2000},"justification":{"description":"For not_affected: the VEX justification (CISA/OpenVEX list).","enum":["component_not_present","vulnerable_code_not_present","vulnerable_code_not_in_execute_path","vulnerable_code_cannot_be_controlled_by_adversary","inline_mitigations_already_exist"]},"statement":{"description":"For not_affected: the impact statement readers and VEX consumers see, e.g. which build option removes the code.","type":"string","minLength":1,"maxLength":2000},"version":{"description":"For fixed: the first package version in this release that has the fix.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"},"advisory":{"description":"For fixed: the team's advisory id that announces the fix, when there is one; it should list this record's id among its aliases.","type":"string","pattern":"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$","maxLength":64},"commit":{"description":"For fixed: the commit (hex id) in the packaging repository that carries the fix.","type":"string","pattern":"^[0-9a-f]{7,64}$"},"update":{"description":"For fixed: the update or erratum that shipped it, e.g. an update id or a link text.","type":"string","minLength":1,"maxLength":500,"pattern":"^[^\\n\\r]*$"},"reason":{"description":"For will_not_fix: why not, e.g. the release is past its end of life or the package is not shipped by default.","type":"string","minLength":1,"maxLength":2000}}};
const pattern39 = func0("^[^\\s]+$", "u");
const pattern41 = func0("^[0-9a-f]{7,64}$", "u");

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.at === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema80.required,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema80.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!(((((((data0 === "detected") || (data0 === "investigating")) || (data0 === "affected")) || (data0 === "not_affected")) || (data0 === "fixed")) || (data0 === "will_not_fix")) || (data0 === "rejected"))){
const err3 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema80.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.status.enum,parentSchema:schema80.properties.status,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.at !== undefined){
let data1 = data.at;
if(typeof data1 === "string"){
if(!(formats12.validate(data1))){
const err4 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema74,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.by !== undefined){
let data2 = data.by;
if(typeof data2 === "string"){
if(!pattern16.test(data2)){
const err6 = {instancePath:instancePath+"/by",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema76,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/by",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.note !== undefined){
let data3 = data.note;
if(typeof data3 === "string"){
if(func6(data3) > 2000){
const err8 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema80.properties.note,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func6(data3) < 1){
const err9 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.note,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.note.type,parentSchema:schema80.properties.note,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.justification !== undefined){
let data4 = data.justification;
if(!(((((data4 === "component_not_present") || (data4 === "vulnerable_code_not_present")) || (data4 === "vulnerable_code_not_in_execute_path")) || (data4 === "vulnerable_code_cannot_be_controlled_by_adversary")) || (data4 === "inline_mitigations_already_exist"))){
const err11 = {instancePath:instancePath+"/justification",schemaPath:"#/properties/justification/enum",keyword:"enum",params:{allowedValues: schema80.properties.justification.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.justification.enum,parentSchema:schema80.properties.justification,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.statement !== undefined){
let data5 = data.statement;
if(typeof data5 === "string"){
if(func6(data5) > 2000){
const err12 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema80.properties.statement,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func6(data5) < 1){
const err13 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.statement,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.statement.type,parentSchema:schema80.properties.statement,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.version !== undefined){
let data6 = data.version;
if(typeof data6 === "string"){
if(func6(data6) > 200){
const err15 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema80.properties.version,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func6(data6) < 1){
const err16 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.version,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern39.test(data6)){
const err17 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/pattern",keyword:"pattern",params:{pattern: "^[^\\s]+$"},message:"must match pattern \""+"^[^\\s]+$"+"\"",schema:"^[^\\s]+$",parentSchema:schema80.properties.version,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.version.type,parentSchema:schema80.properties.version,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.advisory !== undefined){
let data7 = data.advisory;
if(typeof data7 === "string"){
if(func6(data7) > 64){
const err19 = {instancePath:instancePath+"/advisory",schemaPath:"#/properties/advisory/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema80.properties.advisory,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data7)){
const err20 = {instancePath:instancePath+"/advisory",schemaPath:"#/properties/advisory/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$"+"\"",schema:"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-[0-9]{4}-[0-9]{1,9}$",parentSchema:schema80.properties.advisory,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/advisory",schemaPath:"#/properties/advisory/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.advisory.type,parentSchema:schema80.properties.advisory,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.commit !== undefined){
let data8 = data.commit;
if(typeof data8 === "string"){
if(!pattern41.test(data8)){
const err22 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{7,64}$"},message:"must match pattern \""+"^[0-9a-f]{7,64}$"+"\"",schema:"^[0-9a-f]{7,64}$",parentSchema:schema80.properties.commit,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/commit",schemaPath:"#/properties/commit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.commit.type,parentSchema:schema80.properties.commit,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.update !== undefined){
let data9 = data.update;
if(typeof data9 === "string"){
if(func6(data9) > 500){
const err24 = {instancePath:instancePath+"/update",schemaPath:"#/properties/update/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema80.properties.update,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func6(data9) < 1){
const err25 = {instancePath:instancePath+"/update",schemaPath:"#/properties/update/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.update,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern5.test(data9)){
const err26 = {instancePath:instancePath+"/update",schemaPath:"#/properties/update/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema80.properties.update,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/update",schemaPath:"#/properties/update/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.update.type,parentSchema:schema80.properties.update,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reason !== undefined){
let data10 = data.reason;
if(typeof data10 === "string"){
if(func6(data10) > 2000){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema80.properties.reason,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func6(data10) < 1){
const err29 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.reason,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.reason.type,parentSchema:schema80.properties.reason,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema80.type,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.release === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "release"},message:"must have required property '"+"release"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.events === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "events"},message:"must have required property '"+"events"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "release") || (key0 === "events"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.release !== undefined){
let data0 = data.release;
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
const err3 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9.-]{0,63}$",parentSchema:schema79,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/release",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.type,parentSchema:schema79,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.events !== undefined){
let data1 = data.events;
if(Array.isArray(data1)){
if(data1.length > 1000){
const err5 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema78.properties.events,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema78.properties.events,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate44(data1[i0], {instancePath:instancePath+"/events/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/events",schemaPath:"#/properties/events/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.events.type,parentSchema:schema78.properties.events,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.releases === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "releases"},message:"must have required property '"+"releases"+"'",schema:schema77.required,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "releases"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func6(data0) > 200){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func6(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern36.test(data0)){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9+._~-]*$",parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema77.properties.name.type,parentSchema:schema77.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.releases !== undefined){
let data1 = data.releases;
if(Array.isArray(data1)){
if(data1.length > 100){
const err7 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema77.properties.releases,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema77.properties.releases,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate43(data1[i0], {instancePath:instancePath+"/releases/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
}
}
else {
const err9 = {instancePath:instancePath+"/releases",schemaPath:"#/properties/releases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema77.properties.releases.type,parentSchema:schema77.properties.releases,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema77.type,parentSchema:schema77,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://watchkeeper.invalid/schemas/triage.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.summary === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.packages === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "packages"},message:"must have required property '"+"packages"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func5.call(schema69.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern6.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/vulnId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]{1,99}$",parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/vulnId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.aliases !== undefined){
let data1 = data.aliases;
if(Array.isArray(data1)){
if(data1.length > 100){
const err6 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema69.properties.aliases,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err7 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/vulnId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9._:-]{1,99}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9._:-]{1,99}$"+"\"",schema:"^[A-Za-z][A-Za-z0-9._:-]{1,99}$",parentSchema:schema70,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/aliases/" + i0,schemaPath:"#/$defs/vulnId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.type,parentSchema:schema70,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func3(data1[i1], data1[j0])){
const err9 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema69.properties.aliases,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err10 = {instancePath:instancePath+"/aliases",schemaPath:"#/properties/aliases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.aliases.type,parentSchema:schema69.properties.aliases,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.summary !== undefined){
let data3 = data.summary;
if(typeof data3 === "string"){
if(func6(data3) > 200){
const err11 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema69.properties.summary,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func6(data3) < 1){
const err12 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.summary,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data3)){
const err13 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema69.properties.summary,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.summary.type,parentSchema:schema69.properties.summary,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.references !== undefined){
let data4 = data.references;
if(Array.isArray(data4)){
if(data4.length > 1000){
const err15 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema69.properties.references,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data4.length;
for(let i2=0; i2<len1; i2++){
if(!(validate40(data4[i2], {instancePath:instancePath+"/references/" + i2,parentData:data4,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/references",schemaPath:"#/properties/references/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.references.type,parentSchema:schema69.properties.references,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.published_upstream !== undefined){
let data6 = data.published_upstream;
if(typeof data6 === "string"){
if(!(formats12.validate(data6))){
const err17 = {instancePath:instancePath+"/published_upstream",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema74,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/published_upstream",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.embargo !== undefined){
let data7 = data.embargo;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.until === undefined){
const err19 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/required",keyword:"required",params:{missingProperty: "until"},message:"must have required property '"+"until"+"'",schema:schema69.properties.embargo.required,parentSchema:schema69.properties.embargo,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data7){
if(!((key1 === "until") || (key1 === "reason"))){
const err20 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema69.properties.embargo,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.until !== undefined){
let data8 = data7.until;
if(typeof data8 === "string"){
if(!(formats12.validate(data8))){
const err21 = {instancePath:instancePath+"/embargo/until",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema74,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/embargo/until",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.type,parentSchema:schema74,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.reason !== undefined){
let data9 = data7.reason;
if(typeof data9 === "string"){
if(func6(data9) > 2000){
const err23 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema69.properties.embargo.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func6(data9) < 1){
const err24 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.embargo.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/embargo/reason",schemaPath:"#/properties/embargo/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.embargo.properties.reason.type,parentSchema:schema69.properties.embargo.properties.reason,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/embargo",schemaPath:"#/properties/embargo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.properties.embargo.type,parentSchema:schema69.properties.embargo,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.assignee !== undefined){
let data10 = data.assignee;
if(typeof data10 === "string"){
if(!pattern16.test(data10)){
const err27 = {instancePath:instancePath+"/assignee",schemaPath:"#/$defs/handle/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,38}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,38}$"+"\"",schema:"^[a-z][a-z0-9-]{0,38}$",parentSchema:schema76,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/assignee",schemaPath:"#/$defs/handle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.notes !== undefined){
let data11 = data.notes;
if(typeof data11 === "string"){
if(func6(data11) > 10000){
const err29 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxLength",keyword:"maxLength",params:{limit: 10000},message:"must NOT have more than 10000 characters",schema:10000,parentSchema:schema69.properties.notes,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(func6(data11) < 1){
const err30 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.notes,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.notes.type,parentSchema:schema69.properties.notes,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.packages !== undefined){
let data12 = data.packages;
if(Array.isArray(data12)){
if(data12.length > 1000){
const err32 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema69.properties.packages,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data12.length < 1){
const err33 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69.properties.packages,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
const len2 = data12.length;
for(let i3=0; i3<len2; i3++){
if(!(validate42(data12[i3], {instancePath:instancePath+"/packages/" + i3,parentData:data12,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err34 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.properties.packages.type,parentSchema:schema69.properties.packages,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const release = validate48;
const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://watchkeeper.invalid/schemas/release.schema.json","title":"Release and package inventory","description":"One release of the distribution and the packages it ships, one YAML file at vulns/releases/<id>.yaml. Triage records name releases and packages from these files; the intake matches upstream records against the upstream names here. See docs/triage.md.","type":"object","additionalProperties":false,"required":["id","name","released","packages"],"properties":{"id":{"description":"The release id; must equal the file name without .yaml.","$ref":"#/$defs/releaseId"},"name":{"description":"The release's name as readers know it, e.g. Kestrel Linux 4.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"},"ecosystem":{"description":"The package ecosystem of this release as advisories name it (affected[].package.ecosystem), e.g. Kestrel:4. Defaults to the settings' default_ecosystem.","type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\n\\r]*$"},"released":{"description":"When the release came out, in UTC with `Z`.","$ref":"#/$defs/instant"},"end_of_life":{"description":"When security support ends, in UTC with `Z`. After it, new events other than will_not_fix draw a warning. Absent: supported with no end date set.","$ref":"#/$defs/instant"},"packages":{"description":"The packages this release ships, with how upstream names them.","type":"array","minItems":1,"maxItems":100000,"items":{"$ref":"#/$defs/package"}}},"$defs":{"instant":{"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"},"releaseId":{"description":"A release id as named by the file vulns/releases/<id>.yaml: lower-case letters, digits, dots and hyphens, e.g. kestrel-4.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,63}$"},"url":{"description":"An https: URL.","type":"string","format":"safe-url","maxLength":2048},"package":{"title":"ReleasePackage","description":"One shipped package.","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"A package name as the distribution ships it (the inventory's `name`).","type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},"version":{"description":"The version this release ships now.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"},"cve":{"description":"How CVE records name the upstream project (affected[].vendor and product in CVE JSON 5).","type":"array","maxItems":50,"items":{"type":"object","description":"One vendor/product pair.","additionalProperties":false,"required":["vendor","product"],"properties":{"vendor":{"description":"The CVE vendor, e.g. openssl.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"},"product":{"description":"The CVE product, e.g. openssl.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"}}}},"cpe":{"description":"CPE 2.3 names of the upstream project, e.g. cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*.","type":"array","maxItems":50,"items":{"type":"string","description":"One CPE 2.3 formatted string.","pattern":"^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$","maxLength":500}},"purl":{"description":"Package URLs of the upstream project (OSV `package.purl`), e.g. pkg:github/openssl/openssl.","type":"array","maxItems":50,"items":{"type":"string","description":"One package URL.","format":"purl","maxLength":1000}},"upstream_names":{"description":"Other names upstream feeds use for this package (OSV package names of a parent distribution, a source package name, a CVE packageName outside a language registry). A plain name matches in any ecosystem other than the team's own; <ecosystem>/<name> (AlmaLinux:9/openssl-libs, a `:` before the first `/`) only in that ecosystem.","type":"array","maxItems":50,"items":{"type":"string","description":"One upstream package name.","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"}}}}}};
const schema84 = {"description":"A release id as named by the file vulns/releases/<id>.yaml: lower-case letters, digits, dots and hyphens, e.g. kestrel-4.","type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,63}$"};
const schema85 = {"description":"A UTC instant written with `Z`, e.g. 2026-12-01T14:00:00Z.","type":"string","format":"utc-instant"};
const schema87 = {"title":"ReleasePackage","description":"One shipped package.","type":"object","additionalProperties":false,"required":["name","version"],"properties":{"name":{"description":"A package name as the distribution ships it (the inventory's `name`).","type":"string","minLength":1,"maxLength":200,"pattern":"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},"version":{"description":"The version this release ships now.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"},"cve":{"description":"How CVE records name the upstream project (affected[].vendor and product in CVE JSON 5).","type":"array","maxItems":50,"items":{"type":"object","description":"One vendor/product pair.","additionalProperties":false,"required":["vendor","product"],"properties":{"vendor":{"description":"The CVE vendor, e.g. openssl.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"},"product":{"description":"The CVE product, e.g. openssl.","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\n\\r]*$"}}}},"cpe":{"description":"CPE 2.3 names of the upstream project, e.g. cpe:2.3:a:openssl:openssl:*:*:*:*:*:*:*:*.","type":"array","maxItems":50,"items":{"type":"string","description":"One CPE 2.3 formatted string.","pattern":"^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$","maxLength":500}},"purl":{"description":"Package URLs of the upstream project (OSV `package.purl`), e.g. pkg:github/openssl/openssl.","type":"array","maxItems":50,"items":{"type":"string","description":"One package URL.","format":"purl","maxLength":1000}},"upstream_names":{"description":"Other names upstream feeds use for this package (OSV package names of a parent distribution, a source package name, a CVE packageName outside a language registry). A plain name matches in any ecosystem other than the team's own; <ecosystem>/<name> (AlmaLinux:9/openssl-libs, a `:` before the first `/`) only in that ecosystem.","type":"array","maxItems":50,"items":{"type":"string","description":"One upstream package name.","minLength":1,"maxLength":200,"pattern":"^[^\\s]+$"}}}};
const pattern50 = func0("^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$", "u");

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://watchkeeper.invalid/schemas/release.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.released === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "released"},message:"must have required property '"+"released"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.packages === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "packages"},message:"must have required property '"+"packages"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "ecosystem")) || (key0 === "released")) || (key0 === "end_of_life")) || (key0 === "packages"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern37.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{0,63}$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{0,63}$"+"\"",schema:"^[a-z0-9][a-z0-9.-]{0,63}$",parentSchema:schema84,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/releaseId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.type,parentSchema:schema84,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func6(data1) > 200){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema83.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func6(data1) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!pattern5.test(data1)){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema83.properties.name,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.name.type,parentSchema:schema83.properties.name,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ecosystem !== undefined){
let data2 = data.ecosystem;
if(typeof data2 === "string"){
if(func6(data2) > 100){
const err11 = {instancePath:instancePath+"/ecosystem",schemaPath:"#/properties/ecosystem/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema83.properties.ecosystem,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func6(data2) < 1){
const err12 = {instancePath:instancePath+"/ecosystem",schemaPath:"#/properties/ecosystem/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.ecosystem,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/ecosystem",schemaPath:"#/properties/ecosystem/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema83.properties.ecosystem,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ecosystem",schemaPath:"#/properties/ecosystem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.ecosystem.type,parentSchema:schema83.properties.ecosystem,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.released !== undefined){
let data3 = data.released;
if(typeof data3 === "string"){
if(!(formats12.validate(data3))){
const err15 = {instancePath:instancePath+"/released",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema85,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/released",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.type,parentSchema:schema85,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.end_of_life !== undefined){
let data4 = data.end_of_life;
if(typeof data4 === "string"){
if(!(formats12.validate(data4))){
const err17 = {instancePath:instancePath+"/end_of_life",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "utc-instant"},message:"must match format \""+"utc-instant"+"\"",schema:"utc-instant",parentSchema:schema85,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/end_of_life",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.type,parentSchema:schema85,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.packages !== undefined){
let data5 = data.packages;
if(Array.isArray(data5)){
if(data5.length > 100000){
const err19 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/maxItems",keyword:"maxItems",params:{limit: 100000},message:"must NOT have more than 100000 items",schema:100000,parentSchema:schema83.properties.packages,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data5.length < 1){
const err20 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema83.properties.packages,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.name === undefined){
const err21 = {instancePath:instancePath+"/packages/" + i0,schemaPath:"#/$defs/package/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.version === undefined){
const err22 = {instancePath:instancePath+"/packages/" + i0,schemaPath:"#/$defs/package/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema87.required,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data6){
if(!((((((key1 === "name") || (key1 === "version")) || (key1 === "cve")) || (key1 === "cpe")) || (key1 === "purl")) || (key1 === "upstream_names"))){
const err23 = {instancePath:instancePath+"/packages/" + i0,schemaPath:"#/$defs/package/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 === "string"){
if(func6(data7) > 200){
const err24 = {instancePath:instancePath+"/packages/" + i0+"/name",schemaPath:"#/$defs/package/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.name,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func6(data7) < 1){
const err25 = {instancePath:instancePath+"/packages/" + i0+"/name",schemaPath:"#/$defs/package/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.name,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern36.test(data7)){
const err26 = {instancePath:instancePath+"/packages/" + i0+"/name",schemaPath:"#/$defs/package/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9][A-Za-z0-9+._~-]*$"},message:"must match pattern \""+"^[A-Za-z0-9][A-Za-z0-9+._~-]*$"+"\"",schema:"^[A-Za-z0-9][A-Za-z0-9+._~-]*$",parentSchema:schema87.properties.name,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/packages/" + i0+"/name",schemaPath:"#/$defs/package/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.name.type,parentSchema:schema87.properties.name,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.version !== undefined){
let data8 = data6.version;
if(typeof data8 === "string"){
if(func6(data8) > 200){
const err28 = {instancePath:instancePath+"/packages/" + i0+"/version",schemaPath:"#/$defs/package/properties/version/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.version,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func6(data8) < 1){
const err29 = {instancePath:instancePath+"/packages/" + i0+"/version",schemaPath:"#/$defs/package/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.version,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern39.test(data8)){
const err30 = {instancePath:instancePath+"/packages/" + i0+"/version",schemaPath:"#/$defs/package/properties/version/pattern",keyword:"pattern",params:{pattern: "^[^\\s]+$"},message:"must match pattern \""+"^[^\\s]+$"+"\"",schema:"^[^\\s]+$",parentSchema:schema87.properties.version,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/packages/" + i0+"/version",schemaPath:"#/$defs/package/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.version.type,parentSchema:schema87.properties.version,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data6.cve !== undefined){
let data9 = data6.cve;
if(Array.isArray(data9)){
if(data9.length > 50){
const err32 = {instancePath:instancePath+"/packages/" + i0+"/cve",schemaPath:"#/$defs/package/properties/cve/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema87.properties.cve,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.vendor === undefined){
const err33 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1,schemaPath:"#/$defs/package/properties/cve/items/required",keyword:"required",params:{missingProperty: "vendor"},message:"must have required property '"+"vendor"+"'",schema:schema87.properties.cve.items.required,parentSchema:schema87.properties.cve.items,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10.product === undefined){
const err34 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1,schemaPath:"#/$defs/package/properties/cve/items/required",keyword:"required",params:{missingProperty: "product"},message:"must have required property '"+"product"+"'",schema:schema87.properties.cve.items.required,parentSchema:schema87.properties.cve.items,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key2 in data10){
if(!((key2 === "vendor") || (key2 === "product"))){
const err35 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1,schemaPath:"#/$defs/package/properties/cve/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema87.properties.cve.items,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.vendor !== undefined){
let data11 = data10.vendor;
if(typeof data11 === "string"){
if(func6(data11) > 200){
const err36 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/vendor",schemaPath:"#/$defs/package/properties/cve/items/properties/vendor/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.cve.items.properties.vendor,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func6(data11) < 1){
const err37 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/vendor",schemaPath:"#/$defs/package/properties/cve/items/properties/vendor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.cve.items.properties.vendor,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!pattern5.test(data11)){
const err38 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/vendor",schemaPath:"#/$defs/package/properties/cve/items/properties/vendor/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema87.properties.cve.items.properties.vendor,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/vendor",schemaPath:"#/$defs/package/properties/cve/items/properties/vendor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.cve.items.properties.vendor.type,parentSchema:schema87.properties.cve.items.properties.vendor,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.product !== undefined){
let data12 = data10.product;
if(typeof data12 === "string"){
if(func6(data12) > 200){
const err40 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/product",schemaPath:"#/$defs/package/properties/cve/items/properties/product/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.cve.items.properties.product,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func6(data12) < 1){
const err41 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/product",schemaPath:"#/$defs/package/properties/cve/items/properties/product/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.cve.items.properties.product,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern5.test(data12)){
const err42 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/product",schemaPath:"#/$defs/package/properties/cve/items/properties/product/pattern",keyword:"pattern",params:{pattern: "^[^\\n\\r]*$"},message:"must match pattern \""+"^[^\\n\\r]*$"+"\"",schema:"^[^\\n\\r]*$",parentSchema:schema87.properties.cve.items.properties.product,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1+"/product",schemaPath:"#/$defs/package/properties/cve/items/properties/product/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.cve.items.properties.product.type,parentSchema:schema87.properties.cve.items.properties.product,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/packages/" + i0+"/cve/" + i1,schemaPath:"#/$defs/package/properties/cve/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.properties.cve.items.type,parentSchema:schema87.properties.cve.items,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/packages/" + i0+"/cve",schemaPath:"#/$defs/package/properties/cve/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.cve.type,parentSchema:schema87.properties.cve,data:data9};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.cpe !== undefined){
let data13 = data6.cpe;
if(Array.isArray(data13)){
if(data13.length > 50){
const err46 = {instancePath:instancePath+"/packages/" + i0+"/cpe",schemaPath:"#/$defs/package/properties/cpe/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema87.properties.cpe,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len2 = data13.length;
for(let i2=0; i2<len2; i2++){
let data14 = data13[i2];
if(typeof data14 === "string"){
if(func6(data14) > 500){
const err47 = {instancePath:instancePath+"/packages/" + i0+"/cpe/" + i2,schemaPath:"#/$defs/package/properties/cpe/items/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema87.properties.cpe.items,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern50.test(data14)){
const err48 = {instancePath:instancePath+"/packages/" + i0+"/cpe/" + i2,schemaPath:"#/$defs/package/properties/cpe/items/pattern",keyword:"pattern",params:{pattern: "^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$"},message:"must match pattern \""+"^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$"+"\"",schema:"^cpe:2\\.3:[aho*-](:[^:\\s]+){10}$",parentSchema:schema87.properties.cpe.items,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/packages/" + i0+"/cpe/" + i2,schemaPath:"#/$defs/package/properties/cpe/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.cpe.items.type,parentSchema:schema87.properties.cpe.items,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/packages/" + i0+"/cpe",schemaPath:"#/$defs/package/properties/cpe/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.cpe.type,parentSchema:schema87.properties.cpe,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data6.purl !== undefined){
let data15 = data6.purl;
if(Array.isArray(data15)){
if(data15.length > 50){
const err51 = {instancePath:instancePath+"/packages/" + i0+"/purl",schemaPath:"#/$defs/package/properties/purl/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema87.properties.purl,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len3 = data15.length;
for(let i3=0; i3<len3; i3++){
let data16 = data15[i3];
if(typeof data16 === "string"){
if(func6(data16) > 1000){
const err52 = {instancePath:instancePath+"/packages/" + i0+"/purl/" + i3,schemaPath:"#/$defs/package/properties/purl/items/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema87.properties.purl.items,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(formats2.validate(data16))){
const err53 = {instancePath:instancePath+"/packages/" + i0+"/purl/" + i3,schemaPath:"#/$defs/package/properties/purl/items/format",keyword:"format",params:{format: "purl"},message:"must match format \""+"purl"+"\"",schema:"purl",parentSchema:schema87.properties.purl.items,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/packages/" + i0+"/purl/" + i3,schemaPath:"#/$defs/package/properties/purl/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.purl.items.type,parentSchema:schema87.properties.purl.items,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/packages/" + i0+"/purl",schemaPath:"#/$defs/package/properties/purl/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.purl.type,parentSchema:schema87.properties.purl,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data6.upstream_names !== undefined){
let data17 = data6.upstream_names;
if(Array.isArray(data17)){
if(data17.length > 50){
const err56 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names",schemaPath:"#/$defs/package/properties/upstream_names/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema87.properties.upstream_names,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len4 = data17.length;
for(let i4=0; i4<len4; i4++){
let data18 = data17[i4];
if(typeof data18 === "string"){
if(func6(data18) > 200){
const err57 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names/" + i4,schemaPath:"#/$defs/package/properties/upstream_names/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema87.properties.upstream_names.items,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func6(data18) < 1){
const err58 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names/" + i4,schemaPath:"#/$defs/package/properties/upstream_names/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema87.properties.upstream_names.items,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern39.test(data18)){
const err59 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names/" + i4,schemaPath:"#/$defs/package/properties/upstream_names/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s]+$"},message:"must match pattern \""+"^[^\\s]+$"+"\"",schema:"^[^\\s]+$",parentSchema:schema87.properties.upstream_names.items,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names/" + i4,schemaPath:"#/$defs/package/properties/upstream_names/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema87.properties.upstream_names.items.type,parentSchema:schema87.properties.upstream_names.items,data:data18};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/packages/" + i0+"/upstream_names",schemaPath:"#/$defs/package/properties/upstream_names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema87.properties.upstream_names.type,parentSchema:schema87.properties.upstream_names,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/packages/" + i0,schemaPath:"#/$defs/package/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data:data6};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/packages",schemaPath:"#/properties/packages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.packages.type,parentSchema:schema83.properties.packages,data:data5};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

