export namespace app {
	
	export class PasteRowDTO {
	    line: number;
	    sender: string;
	    time: string;
	    kind: string;
	    text: string;
	    skip: string;
	
	    static createFrom(source: any = {}) {
	        return new PasteRowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.sender = source["sender"];
	        this.time = source["time"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.skip = source["skip"];
	    }
	}
	export class FieldErrorDTO {
	    key: string;
	    params: Record<string, any>;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new FieldErrorDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	    }
	}
	export class ErrorDTO {
	    code: string;
	    key: string;
	    params: Record<string, any>;
	    message: string;
	    fields?: Record<string, FieldErrorDTO>;
	
	    static createFrom(source: any = {}) {
	        return new ErrorDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	        this.fields = this.convertValues(source["fields"], FieldErrorDTO, true);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ChatColumnsDTO {
	    member: number;
	    id: number;
	    time: number;
	    kind: number;
	    value: number;
	    text: number;
	    platform: number;
	    chat: number;
	
	    static createFrom(source: any = {}) {
	        return new ChatColumnsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.member = source["member"];
	        this.id = source["id"];
	        this.time = source["time"];
	        this.kind = source["kind"];
	        this.value = source["value"];
	        this.text = source["text"];
	        this.platform = source["platform"];
	        this.chat = source["chat"];
	    }
	}
	export class SenderCountDTO {
	    sender: SenderDTO;
	    events: number;
	
	    static createFrom(source: any = {}) {
	        return new SenderCountDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sender = this.convertValues(source["sender"], SenderDTO);
	        this.events = source["events"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SenderCandidateDTO {
	    id: number;
	    nickname: string;
	    remark: string;
	    platformId: string;
	
	    static createFrom(source: any = {}) {
	        return new SenderCandidateDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nickname = source["nickname"];
	        this.remark = source["remark"];
	        this.platformId = source["platformId"];
	    }
	}
	export class SenderDTO {
	    key: string;
	    platform: string;
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new SenderDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.platform = source["platform"];
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class UnsettledDTO {
	    sender: SenderDTO;
	    events: number;
	    candidates: SenderCandidateDTO[];
	
	    static createFrom(source: any = {}) {
	        return new UnsettledDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.sender = this.convertValues(source["sender"], SenderDTO);
	        this.events = source["events"];
	        this.candidates = this.convertValues(source["candidates"], SenderCandidateDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActivityProblemDTO {
	    line: number;
	    key: string;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityProblemDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.key = source["key"];
	        this.message = source["message"];
	    }
	}
	export class ActivityPreviewDTO {
	    fileName: string;
	    format: string;
	    events: number;
	    system: number;
	    skipped: number;
	    problems: ActivityProblemDTO[];
	    from: string;
	    to: string;
	    senders: number;
	    known: number;
	    new: number;
	    unsettled: UnsettledDTO[];
	    topSenders: SenderCountDTO[];
	    header: string[];
	    columns: ChatColumnsDTO;
	    problem?: ErrorDTO;
	    shape: string;
	    rows: PasteRowDTO[];
	
	    static createFrom(source: any = {}) {
	        return new ActivityPreviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.format = source["format"];
	        this.events = source["events"];
	        this.system = source["system"];
	        this.skipped = source["skipped"];
	        this.problems = this.convertValues(source["problems"], ActivityProblemDTO);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.senders = source["senders"];
	        this.known = source["known"];
	        this.new = source["new"];
	        this.unsettled = this.convertValues(source["unsettled"], UnsettledDTO);
	        this.topSenders = this.convertValues(source["topSenders"], SenderCountDTO);
	        this.header = source["header"];
	        this.columns = this.convertValues(source["columns"], ChatColumnsDTO);
	        this.problem = this.convertValues(source["problem"], ErrorDTO);
	        this.shape = source["shape"];
	        this.rows = this.convertValues(source["rows"], PasteRowDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ActivityRecordDTO {
	    id: number;
	    fileName: string;
	    format: string;
	    events: number;
	    duplicates: number;
	    newMembers: number;
	    skipped: number;
	    problems: ActivityProblemDTO[];
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityRecordDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.fileName = source["fileName"];
	        this.format = source["format"];
	        this.events = source["events"];
	        this.duplicates = source["duplicates"];
	        this.newMembers = source["newMembers"];
	        this.skipped = source["skipped"];
	        this.problems = this.convertValues(source["problems"], ActivityProblemDTO);
	        this.createdAt = source["createdAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ActivityRequestDTO {
	    path: string;
	    groupId: number;
	    choices: Record<string, number>;
	    columns?: ChatColumnsDTO;
	    platform: string;
	
	    static createFrom(source: any = {}) {
	        return new ActivityRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.groupId = source["groupId"];
	        this.choices = source["choices"];
	        this.columns = this.convertValues(source["columns"], ChatColumnsDTO);
	        this.platform = source["platform"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class AdLawWordDTO {
	    text: string;
	    severity: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new AdLawWordDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.severity = source["severity"];
	        this.note = source["note"];
	    }
	}
	export class AdminDTO {
	    id: number;
	    name: string;
	    layer: string;
	    memberId: number;
	    groupId: number;
	    note: string;
	    members: number;
	    upcoming: number;
	
	    static createFrom(source: any = {}) {
	        return new AdminDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.layer = source["layer"];
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.note = source["note"];
	        this.members = source["members"];
	        this.upcoming = source["upcoming"];
	    }
	}
	export class AdminInputDTO {
	    name: string;
	    layer: string;
	    memberId: number;
	    groupId: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new AdminInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.layer = source["layer"];
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.note = source["note"];
	    }
	}
	export class ApplyTemplateInput {
	    groupId: number;
	    template: string;
	    start: string;
	    weeks: number;
	    ownerId: number;
	
	    static createFrom(source: any = {}) {
	        return new ApplyTemplateInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.template = source["template"];
	        this.start = source["start"];
	        this.weeks = source["weeks"];
	        this.ownerId = source["ownerId"];
	    }
	}
	export class BackupDTO {
	    name: string;
	    kind: string;
	    createdAt: string;
	    sizeBytes: number;
	
	    static createFrom(source: any = {}) {
	        return new BackupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.kind = source["kind"];
	        this.createdAt = source["createdAt"];
	        this.sizeBytes = source["sizeBytes"];
	    }
	}
	export class BadgeChangeDTO {
	    memberId: number;
	    groupId: number;
	    badge: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new BadgeChangeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.badge = source["badge"];
	        this.reason = source["reason"];
	    }
	}
	export class BadgeHoldingDTO {
	    memberId: number;
	    nickname: string;
	    groupId: number;
	    groupName: string;
	    badge: string;
	    label: string;
	    earnedOn: string;
	    source: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new BadgeHoldingDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.badge = source["badge"];
	        this.label = source["label"];
	        this.earnedOn = source["earnedOn"];
	        this.source = source["source"];
	        this.reason = source["reason"];
	    }
	}
	export class BadgeKindDTO {
	    badge: string;
	    label: string;
	    holders: number;
	    rule: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BadgeKindDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.badge = source["badge"];
	        this.label = source["label"];
	        this.holders = source["holders"];
	        this.rule = source["rule"];
	    }
	}
	export class BadgeQueryDTO {
	    badge: string;
	    groupId: number;
	    since: string;
	    memberId: number;
	    revoked: boolean;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new BadgeQueryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.badge = source["badge"];
	        this.groupId = source["groupId"];
	        this.since = source["since"];
	        this.memberId = source["memberId"];
	        this.revoked = source["revoked"];
	        this.limit = source["limit"];
	    }
	}
	export class BadgeSettingsDTO {
	    streakDays: number;
	    longStreakDays: number;
	    pollDays: number;
	    pollMin: number;
	    inviteMin: number;
	
	    static createFrom(source: any = {}) {
	        return new BadgeSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.streakDays = source["streakDays"];
	        this.longStreakDays = source["longStreakDays"];
	        this.pollDays = source["pollDays"];
	        this.pollMin = source["pollMin"];
	        this.inviteMin = source["inviteMin"];
	    }
	}
	export class BadgesOverviewDTO {
	    kinds: BadgeKindDTO[];
	    members: number;
	    settings: BadgeSettingsDTO;
	
	    static createFrom(source: any = {}) {
	        return new BadgesOverviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kinds = this.convertValues(source["kinds"], BadgeKindDTO);
	        this.members = source["members"];
	        this.settings = this.convertValues(source["settings"], BadgeSettingsDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BadgesWeekDTO {
	    since: string;
	    holdings: BadgeHoldingDTO[];
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new BadgesWeekDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.since = source["since"];
	        this.holdings = this.convertValues(source["holdings"], BadgeHoldingDTO);
	        this.message = source["message"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BallotDTO {
	    id: number;
	    memberId: number;
	    voter: string;
	    choices: number[];
	    count: number;
	    source: string;
	    line: string;
	
	    static createFrom(source: any = {}) {
	        return new BallotDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.memberId = source["memberId"];
	        this.voter = source["voter"];
	        this.choices = source["choices"];
	        this.count = source["count"];
	        this.source = source["source"];
	        this.line = source["line"];
	    }
	}
	export class BallotInDTO {
	    memberId: number;
	    name: string;
	    choices: number[];
	    line: string;
	
	    static createFrom(source: any = {}) {
	        return new BallotInDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.name = source["name"];
	        this.choices = source["choices"];
	        this.line = source["line"];
	    }
	}
	export class BestWindowDTO {
	    key: string;
	    from: number;
	    to: number;
	
	    static createFrom(source: any = {}) {
	        return new BestWindowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.from = source["from"];
	        this.to = source["to"];
	    }
	}
	export class BoardRowDTO {
	    memberId: number;
	    nickname: string;
	    days: number;
	    checkins: number;
	
	    static createFrom(source: any = {}) {
	        return new BoardRowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.days = source["days"];
	        this.checkins = source["checkins"];
	    }
	}
	export class BoardDTO {
	    from: string;
	    to: string;
	    rows: BoardRowDTO[];
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new BoardDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.rows = this.convertValues(source["rows"], BoardRowDTO);
	        this.text = source["text"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class MemberFilterDTO {
	    search: string;
	    groupId: number;
	    platforms: string[];
	    tags: string[];
	    ironFan?: boolean;
	    minDays?: number;
	    maxDays?: number;
	    minLevel?: number;
	    maxLevel?: number;
	    sources: string[];
	    joinedFrom: string;
	    joinedTo: string;
	    trash: boolean;
	    tiers: string[];
	    stages: string[];
	    flags: string[];
	    badges?: string[];
	
	    static createFrom(source: any = {}) {
	        return new MemberFilterDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.search = source["search"];
	        this.groupId = source["groupId"];
	        this.platforms = source["platforms"];
	        this.tags = source["tags"];
	        this.ironFan = source["ironFan"];
	        this.minDays = source["minDays"];
	        this.maxDays = source["maxDays"];
	        this.minLevel = source["minLevel"];
	        this.maxLevel = source["maxLevel"];
	        this.sources = source["sources"];
	        this.joinedFrom = source["joinedFrom"];
	        this.joinedTo = source["joinedTo"];
	        this.trash = source["trash"];
	        this.tiers = source["tiers"];
	        this.stages = source["stages"];
	        this.flags = source["flags"];
	        this.badges = source["badges"];
	    }
	}
	export class SelectionDTO {
	    ids: number[];
	    filter?: MemberFilterDTO;
	
	    static createFrom(source: any = {}) {
	        return new SelectionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.ids = source["ids"];
	        this.filter = this.convertValues(source["filter"], MemberFilterDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BulkRequestDTO {
	    selection: SelectionDTO;
	    action: string;
	    tags: string[];
	    groupId: number;
	    role: string;
	
	    static createFrom(source: any = {}) {
	        return new BulkRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.selection = this.convertValues(source["selection"], SelectionDTO);
	        this.action = source["action"];
	        this.tags = source["tags"];
	        this.groupId = source["groupId"];
	        this.role = source["role"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class BulkResultDTO {
	    undoId: number;
	    affected: number;
	
	    static createFrom(source: any = {}) {
	        return new BulkResultDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.undoId = source["undoId"];
	        this.affected = source["affected"];
	    }
	}
	export class CandidateDTO {
	    memberId: number;
	    nickname: string;
	    tier: string;
	    groupId: number;
	    groupName: string;
	
	    static createFrom(source: any = {}) {
	        return new CandidateDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.tier = source["tier"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	    }
	}
	export class ChallengeDTO {
	    found: boolean;
	    itemId: number;
	    title: string;
	    board: BoardDTO;
	
	    static createFrom(source: any = {}) {
	        return new ChallengeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.found = source["found"];
	        this.itemId = source["itemId"];
	        this.title = source["title"];
	        this.board = this.convertValues(source["board"], BoardDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class DashboardPlanDTO {
	    items: number;
	    done: number;
	    useful: number;
	    emotional: number;
	    marketing: number;
	    marketingWarn: boolean;
	    marketingWarnAt: number;
	    today: number;
	    todayDone: number;
	    violations: number;
	    removals: number;
	
	    static createFrom(source: any = {}) {
	        return new DashboardPlanDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.items = source["items"];
	        this.done = source["done"];
	        this.useful = source["useful"];
	        this.emotional = source["emotional"];
	        this.marketing = source["marketing"];
	        this.marketingWarn = source["marketingWarn"];
	        this.marketingWarnAt = source["marketingWarnAt"];
	        this.today = source["today"];
	        this.todayDone = source["todayDone"];
	        this.violations = source["violations"];
	        this.removals = source["removals"];
	    }
	}
	export class DashboardDrawDTO {
	    id: number;
	    title: string;
	    status: string;
	    entrants: number;
	    winners: number;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardDrawDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.status = source["status"];
	        this.entrants = source["entrants"];
	        this.winners = source["winners"];
	        this.at = source["at"];
	    }
	}
	export class DashboardPollDTO {
	    id: number;
	    question: string;
	    status: string;
	    voters: number;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new DashboardPollDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.question = source["question"];
	        this.status = source["status"];
	        this.voters = source["voters"];
	        this.createdAt = source["createdAt"];
	    }
	}
	export class DashboardFunnelDTO {
	    invited: number;
	    copied: number;
	    sent: number;
	    joined: number;
	    active: number;
	    core: number;
	
	    static createFrom(source: any = {}) {
	        return new DashboardFunnelDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invited = source["invited"];
	        this.copied = source["copied"];
	        this.sent = source["sent"];
	        this.joined = source["joined"];
	        this.active = source["active"];
	        this.core = source["core"];
	    }
	}
	export class DashboardDayDTO {
	    date: string;
	    messages: number;
	    speakers: number;
	    reached: number;
	    joins: number;
	    leaves: number;
	
	    static createFrom(source: any = {}) {
	        return new DashboardDayDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.messages = source["messages"];
	        this.speakers = source["speakers"];
	        this.reached = source["reached"];
	        this.joins = source["joins"];
	        this.leaves = source["leaves"];
	    }
	}
	export class DashboardThresholdsDTO {
	    messagesPer100: number;
	    reach: number;
	    participation: number;
	    silentShare: number;
	    silentDays: number;
	
	    static createFrom(source: any = {}) {
	        return new DashboardThresholdsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.messagesPer100 = source["messagesPer100"];
	        this.reach = source["reach"];
	        this.participation = source["participation"];
	        this.silentShare = source["silentShare"];
	        this.silentDays = source["silentDays"];
	    }
	}
	export class DashboardDTO {
	    members: number;
	    membersBefore: number;
	    joins: number;
	    leaves: number;
	    messages: number;
	    events: number;
	    days: number;
	    speakers: number;
	    reached: number;
	    silent: number;
	    messagesPer100: number;
	    reach: number;
	    participation: number;
	    silentShare: number;
	    silentAlert: boolean;
	    recorded: boolean;
	    thresholds: DashboardThresholdsDTO;
	    tiers: Record<string, number>;
	    perDay: DashboardDayDTO[];
	    funnel: DashboardFunnelDTO;
	    polls: DashboardPollDTO[];
	    draws: DashboardDrawDTO[];
	    plan: DashboardPlanDTO;
	
	    static createFrom(source: any = {}) {
	        return new DashboardDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.members = source["members"];
	        this.membersBefore = source["membersBefore"];
	        this.joins = source["joins"];
	        this.leaves = source["leaves"];
	        this.messages = source["messages"];
	        this.events = source["events"];
	        this.days = source["days"];
	        this.speakers = source["speakers"];
	        this.reached = source["reached"];
	        this.silent = source["silent"];
	        this.messagesPer100 = source["messagesPer100"];
	        this.reach = source["reach"];
	        this.participation = source["participation"];
	        this.silentShare = source["silentShare"];
	        this.silentAlert = source["silentAlert"];
	        this.recorded = source["recorded"];
	        this.thresholds = this.convertValues(source["thresholds"], DashboardThresholdsDTO);
	        this.tiers = source["tiers"];
	        this.perDay = this.convertValues(source["perDay"], DashboardDayDTO);
	        this.funnel = this.convertValues(source["funnel"], DashboardFunnelDTO);
	        this.polls = this.convertValues(source["polls"], DashboardPollDTO);
	        this.draws = this.convertValues(source["draws"], DashboardDrawDTO);
	        this.plan = this.convertValues(source["plan"], DashboardPlanDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	
	export class DraftDTO {
	    row: number;
	    nickname: string;
	    remark: string;
	    platform: string;
	    platformId: string;
	    source: string;
	    notes: string;
	    tags: string[];
	    followSince: string;
	    fanLevel?: number;
	    ironFan?: boolean;
	
	    static createFrom(source: any = {}) {
	        return new DraftDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.nickname = source["nickname"];
	        this.remark = source["remark"];
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	        this.source = source["source"];
	        this.notes = source["notes"];
	        this.tags = source["tags"];
	        this.followSince = source["followSince"];
	        this.fanLevel = source["fanLevel"];
	        this.ironFan = source["ironFan"];
	    }
	}
	export class PlanCheckDTO {
	    text: string;
	    done: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PlanCheckDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.done = source["done"];
	    }
	}
	export class PlanItemDTO {
	    id: number;
	    groupId: number;
	    kind: string;
	    title: string;
	    category: string;
	    start: string;
	    minutes: number;
	    ownerId: number;
	    notes: string;
	    checklist: PlanCheckDTO[];
	    pollId: number;
	    lotteryId: number;
	    audienceTier: string;
	    audienceSegment: number;
	    topicId: number;
	    end: string;
	    groupName: string;
	    ownerName: string;
	    series: string;
	    template: string;
	    doneAt: string;
	    repeat: string;
	
	    static createFrom(source: any = {}) {
	        return new PlanItemDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.groupId = source["groupId"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.start = source["start"];
	        this.minutes = source["minutes"];
	        this.ownerId = source["ownerId"];
	        this.notes = source["notes"];
	        this.checklist = this.convertValues(source["checklist"], PlanCheckDTO);
	        this.pollId = source["pollId"];
	        this.lotteryId = source["lotteryId"];
	        this.audienceTier = source["audienceTier"];
	        this.audienceSegment = source["audienceSegment"];
	        this.topicId = source["topicId"];
	        this.end = source["end"];
	        this.groupName = source["groupName"];
	        this.ownerName = source["ownerName"];
	        this.series = source["series"];
	        this.template = source["template"];
	        this.doneAt = source["doneAt"];
	        this.repeat = source["repeat"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DueDTO {
	    item: PlanItemDTO;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new DueDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.item = this.convertValues(source["item"], PlanItemDTO);
	        this.text = source["text"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReasonDTO {
	    key: string;
	    params: Record<string, any>;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new ReasonDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	    }
	}
	export class StandingDTO {
	    tier: string;
	    stage: string;
	    role: string;
	    r: number;
	    f: number;
	    m: number;
	    recency: number;
	    frequency: number;
	    monetary: number;
	    lastAt: string;
	    slipping: boolean;
	    promising: boolean;
	    koc: boolean;
	    tierRule: string;
	    stageRule: string;
	
	    static createFrom(source: any = {}) {
	        return new StandingDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tier = source["tier"];
	        this.stage = source["stage"];
	        this.role = source["role"];
	        this.r = source["r"];
	        this.f = source["f"];
	        this.m = source["m"];
	        this.recency = source["recency"];
	        this.frequency = source["frequency"];
	        this.monetary = source["monetary"];
	        this.lastAt = source["lastAt"];
	        this.slipping = source["slipping"];
	        this.promising = source["promising"];
	        this.koc = source["koc"];
	        this.tierRule = source["tierRule"];
	        this.stageRule = source["stageRule"];
	    }
	}
	export class MemberRowDTO {
	    id: number;
	    nickname: string;
	    remark: string;
	    platform: string;
	    platformId: string;
	    daysFollowed?: number;
	    fanLevel: number;
	    ironFan: boolean;
	    source: string;
	    tags: string[];
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	    standing?: StandingDTO;
	    badges?: string[];
	
	    static createFrom(source: any = {}) {
	        return new MemberRowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nickname = source["nickname"];
	        this.remark = source["remark"];
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	        this.daysFollowed = source["daysFollowed"];
	        this.fanLevel = source["fanLevel"];
	        this.ironFan = source["ironFan"];
	        this.source = source["source"];
	        this.tags = source["tags"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	        this.standing = this.convertValues(source["standing"], StandingDTO);
	        this.badges = source["badges"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class DuplicatePairDTO {
	    a: MemberRowDTO;
	    b: MemberRowDTO;
	    reasons: ReasonDTO[];
	
	    static createFrom(source: any = {}) {
	        return new DuplicatePairDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.a = this.convertValues(source["a"], MemberRowDTO);
	        this.b = this.convertValues(source["b"], MemberRowDTO);
	        this.reasons = this.convertValues(source["reasons"], ReasonDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EarnedDTO {
	    source: string;
	    label: string;
	    total: number;
	    month: number;
	    week: number;
	
	    static createFrom(source: any = {}) {
	        return new EarnedDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.label = source["label"];
	        this.total = source["total"];
	        this.month = source["month"];
	        this.week = source["week"];
	    }
	}
	export class NamesakeDTO {
	    id: number;
	    nickname: string;
	
	    static createFrom(source: any = {}) {
	        return new NamesakeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nickname = source["nickname"];
	    }
	}
	export class LotteryAmbiguousDTO {
	    line: number;
	    name: string;
	    namesakes: NamesakeDTO[];
	
	    static createFrom(source: any = {}) {
	        return new LotteryAmbiguousDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.name = source["name"];
	        this.namesakes = this.convertValues(source["namesakes"], NamesakeDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class LotteryEntrantDTO {
	    name: string;
	    memberId: number;
	    weight: number;
	
	    static createFrom(source: any = {}) {
	        return new LotteryEntrantDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.memberId = source["memberId"];
	        this.weight = source["weight"];
	    }
	}
	export class EntrantsDTO {
	    people: LotteryEntrantDTO[];
	    total: number;
	    lines: number;
	    read: number;
	    excluded: Record<string, number>;
	    unread: number[];
	    ambiguous: LotteryAmbiguousDTO[];
	
	    static createFrom(source: any = {}) {
	        return new EntrantsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.people = this.convertValues(source["people"], LotteryEntrantDTO);
	        this.total = source["total"];
	        this.lines = source["lines"];
	        this.read = source["read"];
	        this.excluded = source["excluded"];
	        this.unread = source["unread"];
	        this.ambiguous = this.convertValues(source["ambiguous"], LotteryAmbiguousDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class EntryDTO {
	    from: string;
	    segmentId: number;
	    groupId: number;
	    tiers: string[];
	    pollId: number;
	    text: string;
	    path: string;
	    keyword: string;
	    minMentions: number;
	    after: string;
	    before: string;
	    minDays: number;
	    minLevel: number;
	    ironOnly: boolean;
	    excludeWonDays: number;
	    weightDays: number;
	    weightCheckins: number;
	    weightTimes: number;
	
	    static createFrom(source: any = {}) {
	        return new EntryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.segmentId = source["segmentId"];
	        this.groupId = source["groupId"];
	        this.tiers = source["tiers"];
	        this.pollId = source["pollId"];
	        this.text = source["text"];
	        this.path = source["path"];
	        this.keyword = source["keyword"];
	        this.minMentions = source["minMentions"];
	        this.after = source["after"];
	        this.before = source["before"];
	        this.minDays = source["minDays"];
	        this.minLevel = source["minLevel"];
	        this.ironOnly = source["ironOnly"];
	        this.excludeWonDays = source["excludeWonDays"];
	        this.weightDays = source["weightDays"];
	        this.weightCheckins = source["weightCheckins"];
	        this.weightTimes = source["weightTimes"];
	    }
	}
	export class EntryRulesDTO {
	    from: string;
	    keyword: string;
	    minMentions: number;
	    minDays: number;
	    minLevel: number;
	    ironOnly: boolean;
	    excludeWonDays: number;
	    weightDays: number;
	    weightCheckins: number;
	    weightTimes: number;
	
	    static createFrom(source: any = {}) {
	        return new EntryRulesDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.keyword = source["keyword"];
	        this.minMentions = source["minMentions"];
	        this.minDays = source["minDays"];
	        this.minLevel = source["minLevel"];
	        this.ironOnly = source["ironOnly"];
	        this.excludeWonDays = source["excludeWonDays"];
	        this.weightDays = source["weightDays"];
	        this.weightCheckins = source["weightCheckins"];
	        this.weightTimes = source["weightTimes"];
	    }
	}
	
	export class EventDTO {
	    at: string;
	    kind: string;
	    label: string;
	    text: string;
	    value: number;
	    chat: string;
	
	    static createFrom(source: any = {}) {
	        return new EventDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.kind = source["kind"];
	        this.label = source["label"];
	        this.text = source["text"];
	        this.value = source["value"];
	        this.chat = source["chat"];
	    }
	}
	export class ExportRequestDTO {
	    selection: SelectionDTO;
	    columns: string[];
	    headers: string[];
	    format: string;
	    path: string;
	    sort: string;
	    desc: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ExportRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.selection = this.convertValues(source["selection"], SelectionDTO);
	        this.columns = source["columns"];
	        this.headers = source["headers"];
	        this.format = source["format"];
	        this.path = source["path"];
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ExportResultDTO {
	    path: string;
	    rows: number;
	
	    static createFrom(source: any = {}) {
	        return new ExportResultDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.rows = source["rows"];
	    }
	}
	
	export class FunnelFlagDTO {
	    memberId: number;
	    nickname: string;
	    groupId: number;
	    group: string;
	    joined: string;
	    firstPurchase: string;
	    days: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelFlagDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.groupId = source["groupId"];
	        this.group = source["group"];
	        this.joined = source["joined"];
	        this.firstPurchase = source["firstPurchase"];
	        this.days = source["days"];
	    }
	}
	export class FunnelTierDTO {
	    tier: string;
	    purchases: number;
	    buyers: number;
	    revenue: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelTierDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tier = source["tier"];
	        this.purchases = source["purchases"];
	        this.buyers = source["buyers"];
	        this.revenue = source["revenue"];
	    }
	}
	export class FunnelStepDTO {
	    kind: string;
	    events: number;
	    members: number;
	    value: number;
	    rate?: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelStepDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.events = source["events"];
	        this.members = source["members"];
	        this.value = source["value"];
	        this.rate = source["rate"];
	    }
	}
	export class FunnelDTO {
	    groupId: number;
	    from: string;
	    to: string;
	    trustDays: number;
	    recorded: boolean;
	    steps: FunnelStepDTO[];
	    overall?: number;
	    revenue: number;
	    byTier: FunnelTierDTO[];
	    flagged: FunnelFlagDTO[];
	    flaggedTotal: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.trustDays = source["trustDays"];
	        this.recorded = source["recorded"];
	        this.steps = this.convertValues(source["steps"], FunnelStepDTO);
	        this.overall = source["overall"];
	        this.revenue = source["revenue"];
	        this.byTier = this.convertValues(source["byTier"], FunnelTierDTO);
	        this.flagged = this.convertValues(source["flagged"], FunnelFlagDTO);
	        this.flaggedTotal = source["flaggedTotal"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class FunnelSettingsDTO {
	    trustDays: number;
	
	    static createFrom(source: any = {}) {
	        return new FunnelSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.trustDays = source["trustDays"];
	    }
	}
	
	
	export class GroupDTO {
	    id: number;
	    name: string;
	    platform: string;
	    purpose: string;
	    customPurpose: string;
	    capacity: number;
	    minDaysFollowed: number;
	    minFanLevel: number;
	    ironFansOnly: boolean;
	    joinCode: string;
	    announcement: string;
	    rules: string;
	    members: number;
	    full: boolean;
	    archived: boolean;
	    archivedAt: string;
	    createdAt: string;
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new GroupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.platform = source["platform"];
	        this.purpose = source["purpose"];
	        this.customPurpose = source["customPurpose"];
	        this.capacity = source["capacity"];
	        this.minDaysFollowed = source["minDaysFollowed"];
	        this.minFanLevel = source["minFanLevel"];
	        this.ironFansOnly = source["ironFansOnly"];
	        this.joinCode = source["joinCode"];
	        this.announcement = source["announcement"];
	        this.rules = source["rules"];
	        this.members = source["members"];
	        this.full = source["full"];
	        this.archived = source["archived"];
	        this.archivedAt = source["archivedAt"];
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	    }
	}
	export class GroupInput {
	    name: string;
	    platform: string;
	    purpose: string;
	    customPurpose: string;
	    capacity: number;
	    minDaysFollowed: number;
	    minFanLevel: number;
	    ironFansOnly: boolean;
	    joinCode: string;
	    announcement: string;
	    rules: string;
	
	    static createFrom(source: any = {}) {
	        return new GroupInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.platform = source["platform"];
	        this.purpose = source["purpose"];
	        this.customPurpose = source["customPurpose"];
	        this.capacity = source["capacity"];
	        this.minDaysFollowed = source["minDaysFollowed"];
	        this.minFanLevel = source["minFanLevel"];
	        this.ironFansOnly = source["ironFansOnly"];
	        this.joinCode = source["joinCode"];
	        this.announcement = source["announcement"];
	        this.rules = source["rules"];
	    }
	}
	export class GroupOptionsDTO {
	    platforms: string[];
	    purposes: string[];
	    capacityPresets: number[];
	
	    static createFrom(source: any = {}) {
	        return new GroupOptionsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.platforms = source["platforms"];
	        this.purposes = source["purposes"];
	        this.capacityPresets = source["capacityPresets"];
	    }
	}
	export class HealthDayDTO {
	    date: string;
	    messages: number;
	    speakers: number;
	
	    static createFrom(source: any = {}) {
	        return new HealthDayDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.messages = source["messages"];
	        this.speakers = source["speakers"];
	    }
	}
	export class HealthDTO {
	    members: number;
	    messages: number;
	    days: number;
	    messagesPer100: number;
	    speakers: number;
	    participation: number;
	    reached: number;
	    reach: number;
	    silent: number;
	    silentShare: number;
	    silentAlert: boolean;
	    recorded: boolean;
	    anyRecorded: boolean;
	    tiers: Record<string, number>;
	    heatmap: number[][];
	    perDay: HealthDayDTO[];
	    thresholds: DashboardThresholdsDTO;
	
	    static createFrom(source: any = {}) {
	        return new HealthDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.members = source["members"];
	        this.messages = source["messages"];
	        this.days = source["days"];
	        this.messagesPer100 = source["messagesPer100"];
	        this.speakers = source["speakers"];
	        this.participation = source["participation"];
	        this.reached = source["reached"];
	        this.reach = source["reach"];
	        this.silent = source["silent"];
	        this.silentShare = source["silentShare"];
	        this.silentAlert = source["silentAlert"];
	        this.recorded = source["recorded"];
	        this.anyRecorded = source["anyRecorded"];
	        this.tiers = source["tiers"];
	        this.heatmap = source["heatmap"];
	        this.perDay = this.convertValues(source["perDay"], HealthDayDTO);
	        this.thresholds = this.convertValues(source["thresholds"], DashboardThresholdsDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class WatchWordDTO {
	    id: number;
	    text: string;
	    category: string;
	    severity: number;
	    level: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new WatchWordDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.text = source["text"];
	        this.category = source["category"];
	        this.severity = source["severity"];
	        this.level = source["level"];
	        this.note = source["note"];
	    }
	}
	export class HitDTO {
	    eventId: number;
	    word: WatchWordDTO;
	    at: string;
	    groupId: number;
	    group: string;
	    memberId: number;
	    nickname: string;
	    before: string;
	    match: string;
	    after: string;
	    text: string;
	    state: string;
	    suggest: string;
	    violation: number;
	
	    static createFrom(source: any = {}) {
	        return new HitDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.eventId = source["eventId"];
	        this.word = this.convertValues(source["word"], WatchWordDTO);
	        this.at = source["at"];
	        this.groupId = source["groupId"];
	        this.group = source["group"];
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.before = source["before"];
	        this.match = source["match"];
	        this.after = source["after"];
	        this.text = source["text"];
	        this.state = source["state"];
	        this.suggest = source["suggest"];
	        this.violation = source["violation"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class HitFilterDTO {
	    groupId: number;
	    category: string;
	    severity: number;
	    wordId: number;
	    memberId: number;
	    state: string;
	    from: string;
	    to: string;
	    limit: number;
	    offset: number;
	
	    static createFrom(source: any = {}) {
	        return new HitFilterDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.category = source["category"];
	        this.severity = source["severity"];
	        this.wordId = source["wordId"];
	        this.memberId = source["memberId"];
	        this.state = source["state"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.limit = source["limit"];
	        this.offset = source["offset"];
	    }
	}
	export class HitPageDTO {
	    hits: HitDTO[];
	    total: number;
	    counts: Record<number, number>;
	    categories: Record<string, number>;
	    all: number;
	    stale: boolean;
	
	    static createFrom(source: any = {}) {
	        return new HitPageDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hits = this.convertValues(source["hits"], HitDTO);
	        this.total = source["total"];
	        this.counts = source["counts"];
	        this.categories = source["categories"];
	        this.all = source["all"];
	        this.stale = source["stale"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class IdentityDTO {
	    platform: string;
	    platformId: string;
	
	    static createFrom(source: any = {}) {
	        return new IdentityDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	    }
	}
	export class ProblemDTO {
	    row: number;
	    field: string;
	    key: string;
	    params: Record<string, any>;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new ProblemDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.row = source["row"];
	        this.field = source["field"];
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	    }
	}
	export class ImportPreviewDTO {
	    fileName: string;
	    encoding: string;
	    sheets: string[];
	    sheet: string;
	    headers: string[];
	    samples: string[][];
	    fields: string[];
	    mapping: Record<string, number>;
	    platform: string;
	    total: number;
	    valid: number;
	    rows: DraftDTO[];
	    problems: ProblemDTO[];
	    matches: number;
	
	    static createFrom(source: any = {}) {
	        return new ImportPreviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.fileName = source["fileName"];
	        this.encoding = source["encoding"];
	        this.sheets = source["sheets"];
	        this.sheet = source["sheet"];
	        this.headers = source["headers"];
	        this.samples = source["samples"];
	        this.fields = source["fields"];
	        this.mapping = source["mapping"];
	        this.platform = source["platform"];
	        this.total = source["total"];
	        this.valid = source["valid"];
	        this.rows = this.convertValues(source["rows"], DraftDTO);
	        this.problems = this.convertValues(source["problems"], ProblemDTO);
	        this.matches = source["matches"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportRecordDTO {
	    id: number;
	    fileName: string;
	    fileHash: string;
	    added: number;
	    updated: number;
	    skipped: number;
	    problems: ProblemDTO[];
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportRecordDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.fileName = source["fileName"];
	        this.fileHash = source["fileHash"];
	        this.added = source["added"];
	        this.updated = source["updated"];
	        this.skipped = source["skipped"];
	        this.problems = this.convertValues(source["problems"], ProblemDTO);
	        this.createdAt = source["createdAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ImportSourceDTO {
	    path: string;
	    text: string;
	    sheet: string;
	
	    static createFrom(source: any = {}) {
	        return new ImportSourceDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.path = source["path"];
	        this.text = source["text"];
	        this.sheet = source["sheet"];
	    }
	}
	export class ImportRequestDTO {
	    source: ImportSourceDTO;
	    mapping: Record<string, number>;
	    platform: string;
	    memberSource: string;
	    groupId: number;
	    onDuplicate: string;
	    skipInvalid: boolean;
	    choices: Record<number, number>;
	
	    static createFrom(source: any = {}) {
	        return new ImportRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = this.convertValues(source["source"], ImportSourceDTO);
	        this.mapping = source["mapping"];
	        this.platform = source["platform"];
	        this.memberSource = source["memberSource"];
	        this.groupId = source["groupId"];
	        this.onDuplicate = source["onDuplicate"];
	        this.skipInvalid = source["skipInvalid"];
	        this.choices = source["choices"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class InviteWarningDTO {
	    level: string;
	    key: string;
	    params: Record<string, any>;
	    message: string;
	    start: number;
	    end: number;
	    line: number;
	    col: number;
	    variant: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new InviteWarningDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.line = source["line"];
	        this.col = source["col"];
	        this.variant = source["variant"];
	        this.count = source["count"];
	    }
	}
	export class InviteBatchDTO {
	    id: number;
	    templateId: number;
	    templateName: string;
	    groupId: number;
	    groupName: string;
	    name: string;
	    createdAt: string;
	    states: Record<string, number>;
	    total: number;
	    done: number;
	
	    static createFrom(source: any = {}) {
	        return new InviteBatchDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.templateId = source["templateId"];
	        this.templateName = source["templateName"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.name = source["name"];
	        this.createdAt = source["createdAt"];
	        this.states = source["states"];
	        this.total = source["total"];
	        this.done = source["done"];
	    }
	}
	export class InviteBatchCreatedDTO {
	    batch: InviteBatchDTO;
	    warnings: InviteWarningDTO[];
	
	    static createFrom(source: any = {}) {
	        return new InviteBatchCreatedDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batch = this.convertValues(source["batch"], InviteBatchDTO);
	        this.warnings = this.convertValues(source["warnings"], InviteWarningDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class InviteSelectionDTO {
	    segmentId: number;
	    filter?: MemberFilterDTO;
	    tiers: string[];
	    preset: string;
	    groupId: number;
	
	    static createFrom(source: any = {}) {
	        return new InviteSelectionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.segmentId = source["segmentId"];
	        this.filter = this.convertValues(source["filter"], MemberFilterDTO);
	        this.tiers = source["tiers"];
	        this.preset = source["preset"];
	        this.groupId = source["groupId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteBatchRequestDTO {
	    templateId: number;
	    selection: InviteSelectionDTO;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new InviteBatchRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.templateId = source["templateId"];
	        this.selection = this.convertValues(source["selection"], InviteSelectionDTO);
	        this.name = source["name"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteProblemDTO {
	    level: string;
	    key: string;
	    params: Record<string, any>;
	    message: string;
	    start: number;
	    end: number;
	    line: number;
	    col: number;
	
	    static createFrom(source: any = {}) {
	        return new InviteProblemDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.level = source["level"];
	        this.key = source["key"];
	        this.params = source["params"];
	        this.message = source["message"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.line = source["line"];
	        this.col = source["col"];
	    }
	}
	export class InviteDraftDTO {
	    id: number;
	    batchId: number;
	    memberId: number;
	    nickname: string;
	    platform: string;
	    platformId: string;
	    variant: string;
	    position: number;
	    text: string;
	    edited: boolean;
	    state: string;
	    stateAt: string;
	    problems: InviteProblemDTO[];
	
	    static createFrom(source: any = {}) {
	        return new InviteDraftDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.batchId = source["batchId"];
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	        this.variant = source["variant"];
	        this.position = source["position"];
	        this.text = source["text"];
	        this.edited = source["edited"];
	        this.state = source["state"];
	        this.stateAt = source["stateAt"];
	        this.problems = this.convertValues(source["problems"], InviteProblemDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteJoinAmbiguityDTO {
	    name: string;
	    namesakes: NamesakeDTO[];
	
	    static createFrom(source: any = {}) {
	        return new InviteJoinAmbiguityDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.namesakes = this.convertValues(source["namesakes"], NamesakeDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteJoinReportDTO {
	    lines: number;
	    matched: number;
	    already: number;
	    unmatched: string[];
	    ambiguous: InviteJoinAmbiguityDTO[];
	    invalid: number[];
	
	    static createFrom(source: any = {}) {
	        return new InviteJoinReportDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.lines = source["lines"];
	        this.matched = source["matched"];
	        this.already = source["already"];
	        this.unmatched = source["unmatched"];
	        this.ambiguous = this.convertValues(source["ambiguous"], InviteJoinAmbiguityDTO);
	        this.invalid = source["invalid"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InvitePreviewDTO {
	    problems: InviteProblemDTO[];
	    text: string;
	    checks: InviteProblemDTO[];
	    length: number;
	    limit: number;
	    platform: string;
	    fields: string[];
	    skeletons: number;
	
	    static createFrom(source: any = {}) {
	        return new InvitePreviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.problems = this.convertValues(source["problems"], InviteProblemDTO);
	        this.text = source["text"];
	        this.checks = this.convertValues(source["checks"], InviteProblemDTO);
	        this.length = source["length"];
	        this.limit = source["limit"];
	        this.platform = source["platform"];
	        this.fields = source["fields"];
	        this.skeletons = source["skeletons"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InvitePreviewRequestDTO {
	    body: string;
	    templateId: number;
	    memberId: number;
	    groupId: number;
	
	    static createFrom(source: any = {}) {
	        return new InvitePreviewRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.body = source["body"];
	        this.templateId = source["templateId"];
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	    }
	}
	
	export class InviteRecipientsDTO {
	    matched: number;
	    inGroup: number;
	    recent: number;
	    queued: number;
	    invite: number;
	    free: number;
	    sample: MemberRowDTO[];
	
	    static createFrom(source: any = {}) {
	        return new InviteRecipientsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.matched = source["matched"];
	        this.inGroup = source["inGroup"];
	        this.recent = source["recent"];
	        this.queued = source["queued"];
	        this.invite = source["invite"];
	        this.free = source["free"];
	        this.sample = this.convertValues(source["sample"], MemberRowDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class InviteSettingsDTO {
	    creator: string;
	    limits: Record<string, number>;
	    recentDays: number;
	    sameMax: number;
	    words: AdLawWordDTO[];
	    custom: boolean;
	
	    static createFrom(source: any = {}) {
	        return new InviteSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.creator = source["creator"];
	        this.limits = source["limits"];
	        this.recentDays = source["recentDays"];
	        this.sameMax = source["sameMax"];
	        this.words = this.convertValues(source["words"], AdLawWordDTO);
	        this.custom = source["custom"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteStageDTO {
	    variant: string;
	    drafted: number;
	    copied: number;
	    sent: number;
	    joined: number;
	    declined: number;
	    skipped: number;
	
	    static createFrom(source: any = {}) {
	        return new InviteStageDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.variant = source["variant"];
	        this.drafted = source["drafted"];
	        this.copied = source["copied"];
	        this.sent = source["sent"];
	        this.joined = source["joined"];
	        this.declined = source["declined"];
	        this.skipped = source["skipped"];
	    }
	}
	export class InviteVariantDTO {
	    label: string;
	    body: string;
	
	    static createFrom(source: any = {}) {
	        return new InviteVariantDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.body = source["body"];
	    }
	}
	export class InviteTemplateDTO {
	    id: number;
	    name: string;
	    purpose: string;
	    variants: InviteVariantDTO[];
	    updatedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new InviteTemplateDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.purpose = source["purpose"];
	        this.variants = this.convertValues(source["variants"], InviteVariantDTO);
	        this.updatedAt = source["updatedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class InviteTemplateInputDTO {
	    name: string;
	    purpose: string;
	    variants: InviteVariantDTO[];
	
	    static createFrom(source: any = {}) {
	        return new InviteTemplateInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.purpose = source["purpose"];
	        this.variants = this.convertValues(source["variants"], InviteVariantDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class JoinCardDTO {
	    groupName: string;
	    lines: string[];
	    text: string;
	    link: string;
	    qr: string;
	
	    static createFrom(source: any = {}) {
	        return new JoinCardDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupName = source["groupName"];
	        this.lines = source["lines"];
	        this.text = source["text"];
	        this.link = source["link"];
	        this.qr = source["qr"];
	    }
	}
	export class LanguageDTO {
	    code: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new LanguageDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	        this.name = source["name"];
	    }
	}
	export class PointsRowDTO {
	    rank: number;
	    memberId: number;
	    nickname: string;
	    platformId: string;
	    points: number;
	    level: string;
	
	    static createFrom(source: any = {}) {
	        return new PointsRowDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.rank = source["rank"];
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.platformId = source["platformId"];
	        this.points = source["points"];
	        this.level = source["level"];
	    }
	}
	export class LeaderboardDTO {
	    period: string;
	    groupId: number;
	    stale: boolean;
	    text: string;
	    rows: PointsRowDTO[];
	
	    static createFrom(source: any = {}) {
	        return new LeaderboardDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.period = source["period"];
	        this.groupId = source["groupId"];
	        this.stale = source["stale"];
	        this.text = source["text"];
	        this.rows = this.convertValues(source["rows"], PointsRowDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ListedDTO {
	    memberId: number;
	    nickname: string;
	
	    static createFrom(source: any = {}) {
	        return new ListedDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	    }
	}
	export class ListChangesDTO {
	    known: boolean;
	    since: string;
	    entered: ListedDTO[];
	    left: ListedDTO[];
	    enteredCount: number;
	    leftCount: number;
	
	    static createFrom(source: any = {}) {
	        return new ListChangesDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.known = source["known"];
	        this.since = source["since"];
	        this.entered = this.convertValues(source["entered"], ListedDTO);
	        this.left = this.convertValues(source["left"], ListedDTO);
	        this.enteredCount = source["enteredCount"];
	        this.leftCount = source["leftCount"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class ProposalDTO {
	    step: number;
	    action: string;
	    minutes: number;
	    before: number;
	    message: string;
	
	    static createFrom(source: any = {}) {
	        return new ProposalDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.step = source["step"];
	        this.action = source["action"];
	        this.minutes = source["minutes"];
	        this.before = source["before"];
	        this.message = source["message"];
	    }
	}
	export class ViolationDTO {
	    id: number;
	    memberId: number;
	    nickname: string;
	    rule: string;
	    what: string;
	    step: number;
	    action: string;
	    minutes: number;
	    adminId: number;
	    admin: string;
	    at: string;
	    hitEventId: number;
	    hitWordId: number;
	
	    static createFrom(source: any = {}) {
	        return new ViolationDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.rule = source["rule"];
	        this.what = source["what"];
	        this.step = source["step"];
	        this.action = source["action"];
	        this.minutes = source["minutes"];
	        this.adminId = source["adminId"];
	        this.admin = source["admin"];
	        this.at = source["at"];
	        this.hitEventId = source["hitEventId"];
	        this.hitWordId = source["hitWordId"];
	    }
	}
	export class LoggedDTO {
	    violation: ViolationDTO;
	    proposal: ProposalDTO;
	
	    static createFrom(source: any = {}) {
	        return new LoggedDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.violation = this.convertValues(source["violation"], ViolationDTO);
	        this.proposal = this.convertValues(source["proposal"], ProposalDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class LotteryReplacementDTO {
	    order: number;
	    tier: number;
	    position: number;
	    name: string;
	    byOrder: number;
	    byPosition: number;
	    byName: string;
	    reason: string;
	    at: string;
	
	    static createFrom(source: any = {}) {
	        return new LotteryReplacementDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.order = source["order"];
	        this.tier = source["tier"];
	        this.position = source["position"];
	        this.name = source["name"];
	        this.byOrder = source["byOrder"];
	        this.byPosition = source["byPosition"];
	        this.byName = source["byName"];
	        this.reason = source["reason"];
	        this.at = source["at"];
	    }
	}
	export class PickDTO {
	    order: number;
	    step: number;
	    position: number;
	    name: string;
	    tier: number;
	
	    static createFrom(source: any = {}) {
	        return new PickDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.order = source["order"];
	        this.step = source["step"];
	        this.position = source["position"];
	        this.name = source["name"];
	        this.tier = source["tier"];
	    }
	}
	export class LotteryTierDTO {
	    name: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new LotteryTierDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.count = source["count"];
	    }
	}
	export class LotterySourceDTO {
	    label: string;
	    values: string;
	
	    static createFrom(source: any = {}) {
	        return new LotterySourceDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.label = source["label"];
	        this.values = source["values"];
	    }
	}
	export class LotteryDTO {
	    id: number;
	    title: string;
	    mode: string;
	    status: string;
	    entrants: number;
	    listSha256: string;
	    sources: LotterySourceDTO[];
	    tiers: LotteryTierDTO[];
	    alternates: number;
	    key: string;
	    pollId: number;
	    groupId: number;
	    redrawOf: number;
	    redrawReason: string;
	    redrawnBy: number;
	    frozenAt: string;
	    drawnAt: string;
	    winners: PickDTO[];
	    alternatesDrawn: PickDTO[];
	    replacements: LotteryReplacementDTO[];
	    rules: EntryRulesDTO;
	
	    static createFrom(source: any = {}) {
	        return new LotteryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.mode = source["mode"];
	        this.status = source["status"];
	        this.entrants = source["entrants"];
	        this.listSha256 = source["listSha256"];
	        this.sources = this.convertValues(source["sources"], LotterySourceDTO);
	        this.tiers = this.convertValues(source["tiers"], LotteryTierDTO);
	        this.alternates = source["alternates"];
	        this.key = source["key"];
	        this.pollId = source["pollId"];
	        this.groupId = source["groupId"];
	        this.redrawOf = source["redrawOf"];
	        this.redrawReason = source["redrawReason"];
	        this.redrawnBy = source["redrawnBy"];
	        this.frozenAt = source["frozenAt"];
	        this.drawnAt = source["drawnAt"];
	        this.winners = this.convertValues(source["winners"], PickDTO);
	        this.alternatesDrawn = this.convertValues(source["alternatesDrawn"], PickDTO);
	        this.replacements = this.convertValues(source["replacements"], LotteryReplacementDTO);
	        this.rules = this.convertValues(source["rules"], EntryRulesDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	export class ManualDTO {
	    id: number;
	    memberId: number;
	    groupId: number;
	    points: number;
	    reason: string;
	    at: string;
	    undone: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ManualDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.points = source["points"];
	        this.reason = source["reason"];
	        this.at = source["at"];
	        this.undone = source["undone"];
	    }
	}
	export class ManualInputDTO {
	    memberId: number;
	    groupId: number;
	    points: number;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new ManualInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.points = source["points"];
	        this.reason = source["reason"];
	    }
	}
	export class MembershipDTO {
	    groupId: number;
	    groupName: string;
	    role: string;
	    status: string;
	    joinedAt: string;
	    leftAt: string;
	
	    static createFrom(source: any = {}) {
	        return new MembershipDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.role = source["role"];
	        this.status = source["status"];
	        this.joinedAt = source["joinedAt"];
	        this.leftAt = source["leftAt"];
	    }
	}
	export class MemberDTO {
	    id: number;
	    nickname: string;
	    remark: string;
	    platform: string;
	    platformId: string;
	    followSince: string;
	    fanLevel: number;
	    ironFan: boolean;
	    source: string;
	    tags: string[];
	    notes: string;
	    daysFollowed?: number;
	    identities: IdentityDTO[];
	    groups: MembershipDTO[];
	    createdAt: string;
	    updatedAt: string;
	    deletedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new MemberDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nickname = source["nickname"];
	        this.remark = source["remark"];
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	        this.followSince = source["followSince"];
	        this.fanLevel = source["fanLevel"];
	        this.ironFan = source["ironFan"];
	        this.source = source["source"];
	        this.tags = source["tags"];
	        this.notes = source["notes"];
	        this.daysFollowed = source["daysFollowed"];
	        this.identities = this.convertValues(source["identities"], IdentityDTO);
	        this.groups = this.convertValues(source["groups"], MembershipDTO);
	        this.createdAt = source["createdAt"];
	        this.updatedAt = source["updatedAt"];
	        this.deletedAt = source["deletedAt"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class MemberInputDTO {
	    nickname: string;
	    remark: string;
	    platform: string;
	    platformId: string;
	    followSince: string;
	    fanLevel: number;
	    ironFan: boolean;
	    source: string;
	    tags: string[];
	    notes: string;
	
	    static createFrom(source: any = {}) {
	        return new MemberInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.nickname = source["nickname"];
	        this.remark = source["remark"];
	        this.platform = source["platform"];
	        this.platformId = source["platformId"];
	        this.followSince = source["followSince"];
	        this.fanLevel = source["fanLevel"];
	        this.ironFan = source["ironFan"];
	        this.source = source["source"];
	        this.tags = source["tags"];
	        this.notes = source["notes"];
	    }
	}
	export class MemberOptionsDTO {
	    platforms: string[];
	    sources: string[];
	    roles: string[];
	    statuses: string[];
	    sorts: string[];
	    maxLimit: number;
	
	    static createFrom(source: any = {}) {
	        return new MemberOptionsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.platforms = source["platforms"];
	        this.sources = source["sources"];
	        this.roles = source["roles"];
	        this.statuses = source["statuses"];
	        this.sorts = source["sorts"];
	        this.maxLimit = source["maxLimit"];
	    }
	}
	export class MemberPointsDTO {
	    total: number;
	    month: number;
	    week: number;
	    level: string;
	    perks: string;
	    nextLevel: string;
	    toNext: number;
	    sources: EarnedDTO[];
	    manual: ManualDTO[];
	
	    static createFrom(source: any = {}) {
	        return new MemberPointsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.total = source["total"];
	        this.month = source["month"];
	        this.week = source["week"];
	        this.level = source["level"];
	        this.perks = source["perks"];
	        this.nextLevel = source["nextLevel"];
	        this.toNext = source["toNext"];
	        this.sources = this.convertValues(source["sources"], EarnedDTO);
	        this.manual = this.convertValues(source["manual"], ManualDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MemberQueryDTO {
	    filter: MemberFilterDTO;
	    sort: string;
	    desc: boolean;
	    offset: number;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new MemberQueryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.filter = this.convertValues(source["filter"], MemberFilterDTO);
	        this.sort = source["sort"];
	        this.desc = source["desc"];
	        this.offset = source["offset"];
	        this.limit = source["limit"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class MergeResultDTO {
	    member: MemberDTO;
	    undoId: number;
	
	    static createFrom(source: any = {}) {
	        return new MergeResultDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.member = this.convertValues(source["member"], MemberDTO);
	        this.undoId = source["undoId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class MixDTO {
	    useful: number;
	    emotional: number;
	    marketing: number;
	    total: number;
	    usefulShare: number;
	    emotionalShare: number;
	    marketingShare: number;
	    warn: boolean;
	    marketingWarnAt: number;
	
	    static createFrom(source: any = {}) {
	        return new MixDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.useful = source["useful"];
	        this.emotional = source["emotional"];
	        this.marketing = source["marketing"];
	        this.total = source["total"];
	        this.usefulShare = source["usefulShare"];
	        this.emotionalShare = source["emotionalShare"];
	        this.marketingShare = source["marketingShare"];
	        this.warn = source["warn"];
	        this.marketingWarnAt = source["marketingWarnAt"];
	    }
	}
	
	export class PastePatternDTO {
	    prefix: string;
	    between: string;
	    after: string;
	    timeFirst: boolean;
	    inline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PastePatternDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.prefix = source["prefix"];
	        this.between = source["between"];
	        this.after = source["after"];
	        this.timeFirst = source["timeFirst"];
	        this.inline = source["inline"];
	    }
	}
	export class UnreadDTO {
	    line: number;
	    text: string;
	    reason: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new UnreadDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.line = source["line"];
	        this.text = source["text"];
	        this.reason = source["reason"];
	        this.name = source["name"];
	    }
	}
	export class PasteVoteDTO {
	    name: string;
	    choices: number[];
	    line: number;
	    text: string;
	    memberId: number;
	    nickname: string;
	    candidates: number;
	    namesakes: NamesakeDTO[];
	
	    static createFrom(source: any = {}) {
	        return new PasteVoteDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.choices = source["choices"];
	        this.line = source["line"];
	        this.text = source["text"];
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.candidates = source["candidates"];
	        this.namesakes = this.convertValues(source["namesakes"], NamesakeDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PastePreviewDTO {
	    source: string;
	    title: string;
	    votes: PasteVoteDTO[];
	    unread: UnreadDTO[];
	    superseded: number;
	
	    static createFrom(source: any = {}) {
	        return new PastePreviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.source = source["source"];
	        this.title = source["title"];
	        this.votes = this.convertValues(source["votes"], PasteVoteDTO);
	        this.unread = this.convertValues(source["unread"], UnreadDTO);
	        this.superseded = source["superseded"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PasteRequestDTO {
	    text: string;
	    day: string;
	    pattern?: PastePatternDTO;
	    platform: string;
	    groupId: number;
	    choices: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new PasteRequestDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.day = source["day"];
	        this.pattern = this.convertValues(source["pattern"], PastePatternDTO);
	        this.platform = source["platform"];
	        this.groupId = source["groupId"];
	        this.choices = source["choices"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class PasteSampleDTO {
	    before: string;
	    name: string;
	    between: string;
	    time: string;
	    after: string;
	    timeFirst: boolean;
	
	    static createFrom(source: any = {}) {
	        return new PasteSampleDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.before = source["before"];
	        this.name = source["name"];
	        this.between = source["between"];
	        this.time = source["time"];
	        this.after = source["after"];
	        this.timeFirst = source["timeFirst"];
	    }
	}
	
	
	
	
	export class PlanItemInput {
	    groupId: number;
	    kind: string;
	    title: string;
	    category: string;
	    start: string;
	    minutes: number;
	    ownerId: number;
	    notes: string;
	    checklist: PlanCheckDTO[];
	    pollId: number;
	    lotteryId: number;
	    audienceTier: string;
	    audienceSegment: number;
	    topicId: number;
	
	    static createFrom(source: any = {}) {
	        return new PlanItemInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.kind = source["kind"];
	        this.title = source["title"];
	        this.category = source["category"];
	        this.start = source["start"];
	        this.minutes = source["minutes"];
	        this.ownerId = source["ownerId"];
	        this.notes = source["notes"];
	        this.checklist = this.convertValues(source["checklist"], PlanCheckDTO);
	        this.pollId = source["pollId"];
	        this.lotteryId = source["lotteryId"];
	        this.audienceTier = source["audienceTier"];
	        this.audienceSegment = source["audienceSegment"];
	        this.topicId = source["topicId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanLinesDTO {
	    useful: number;
	    emotional: number;
	    marketing: number;
	    marketingWarn: number;
	    windows: BestWindowDTO[];
	    kindWindow: Record<string, string>;
	
	    static createFrom(source: any = {}) {
	        return new PlanLinesDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.useful = source["useful"];
	        this.emotional = source["emotional"];
	        this.marketing = source["marketing"];
	        this.marketingWarn = source["marketingWarn"];
	        this.windows = this.convertValues(source["windows"], BestWindowDTO);
	        this.kindWindow = source["kindWindow"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PlanWeekDTO {
	    start: string;
	    items: PlanItemDTO[];
	    mix: MixDTO;
	
	    static createFrom(source: any = {}) {
	        return new PlanWeekDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.items = this.convertValues(source["items"], PlanItemDTO);
	        this.mix = this.convertValues(source["mix"], MixDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PointsLevelDTO {
	    name: string;
	    min: number;
	    perks: string;
	
	    static createFrom(source: any = {}) {
	        return new PointsLevelDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.min = source["min"];
	        this.perks = source["perks"];
	    }
	}
	export class PointsRuleOverrideDTO {
	    message?: number;
	    messageDailyCap?: number;
	    reply?: number;
	    checkin?: number;
	    vote?: number;
	    jielong?: number;
	    lottery?: number;
	    invitation?: number;
	    purchaseUnit?: number;
	    violation?: number;
	
	    static createFrom(source: any = {}) {
	        return new PointsRuleOverrideDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.message = source["message"];
	        this.messageDailyCap = source["messageDailyCap"];
	        this.reply = source["reply"];
	        this.checkin = source["checkin"];
	        this.vote = source["vote"];
	        this.jielong = source["jielong"];
	        this.lottery = source["lottery"];
	        this.invitation = source["invitation"];
	        this.purchaseUnit = source["purchaseUnit"];
	        this.violation = source["violation"];
	    }
	}
	export class PointsOverrideDTO {
	    groupId: number;
	    override: PointsRuleOverrideDTO;
	
	    static createFrom(source: any = {}) {
	        return new PointsOverrideDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.override = this.convertValues(source["override"], PointsRuleOverrideDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	export class PointsRuleSetDTO {
	    message: number;
	    messageDailyCap: number;
	    reply: number;
	    checkin: number;
	    vote: number;
	    jielong: number;
	    lottery: number;
	    invitation: number;
	    purchaseUnit: number;
	    violation: number;
	
	    static createFrom(source: any = {}) {
	        return new PointsRuleSetDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.message = source["message"];
	        this.messageDailyCap = source["messageDailyCap"];
	        this.reply = source["reply"];
	        this.checkin = source["checkin"];
	        this.vote = source["vote"];
	        this.jielong = source["jielong"];
	        this.lottery = source["lottery"];
	        this.invitation = source["invitation"];
	        this.purchaseUnit = source["purchaseUnit"];
	        this.violation = source["violation"];
	    }
	}
	export class PointsRulesDTO {
	    workspace: PointsRuleSetDTO;
	    overrides: PointsOverrideDTO[];
	    defaults: PointsRuleSetDTO;
	
	    static createFrom(source: any = {}) {
	        return new PointsRulesDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.workspace = this.convertValues(source["workspace"], PointsRuleSetDTO);
	        this.overrides = this.convertValues(source["overrides"], PointsOverrideDTO);
	        this.defaults = this.convertValues(source["defaults"], PointsRuleSetDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class PollDTO {
	    id: number;
	    question: string;
	    options: string[];
	    multiple: boolean;
	    maxChoices: number;
	    anonymous: boolean;
	    hideResults: boolean;
	    deadline: string;
	    groupId: number;
	    status: string;
	    createdAt: string;
	    closedAt: string;
	
	    static createFrom(source: any = {}) {
	        return new PollDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.question = source["question"];
	        this.options = source["options"];
	        this.multiple = source["multiple"];
	        this.maxChoices = source["maxChoices"];
	        this.anonymous = source["anonymous"];
	        this.hideResults = source["hideResults"];
	        this.deadline = source["deadline"];
	        this.groupId = source["groupId"];
	        this.status = source["status"];
	        this.createdAt = source["createdAt"];
	        this.closedAt = source["closedAt"];
	    }
	}
	export class PollInput {
	    question: string;
	    options: string[];
	    multiple: boolean;
	    maxChoices: number;
	    anonymous: boolean;
	    hideResults: boolean;
	    deadline: string;
	    groupId: number;
	
	    static createFrom(source: any = {}) {
	        return new PollInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.question = source["question"];
	        this.options = source["options"];
	        this.multiple = source["multiple"];
	        this.maxChoices = source["maxChoices"];
	        this.anonymous = source["anonymous"];
	        this.hideResults = source["hideResults"];
	        this.deadline = source["deadline"];
	        this.groupId = source["groupId"];
	    }
	}
	
	export class PromotionDTO {
	    memberId: number;
	    groupId: number;
	    layer: string;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new PromotionDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.groupId = source["groupId"];
	        this.layer = source["layer"];
	        this.note = source["note"];
	    }
	}
	
	
	export class RecurrenceDTO {
	    freq: string;
	    interval: number;
	    weekdays: number[];
	    count: number;
	    until: string;
	    nth: number;
	    weekday: number;
	    monthDay: number;
	
	    static createFrom(source: any = {}) {
	        return new RecurrenceDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.freq = source["freq"];
	        this.interval = source["interval"];
	        this.weekdays = source["weekdays"];
	        this.count = source["count"];
	        this.until = source["until"];
	        this.nth = source["nth"];
	        this.weekday = source["weekday"];
	        this.monthDay = source["monthDay"];
	    }
	}
	export class ResultsDTO {
	    poll: PollDTO;
	    counts: number[];
	    voters: number;
	    groupSize: number;
	    hidden: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ResultsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.poll = this.convertValues(source["poll"], PollDTO);
	        this.counts = source["counts"];
	        this.voters = source["voters"];
	        this.groupSize = source["groupSize"];
	        this.hidden = source["hidden"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReviewMemberDTO {
	    memberId: number;
	    nickname: string;
	    messages: number;
	    messagesBefore: number;
	
	    static createFrom(source: any = {}) {
	        return new ReviewMemberDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.messages = source["messages"];
	        this.messagesBefore = source["messagesBefore"];
	    }
	}
	export class ReviewMixDTO {
	    useful: number;
	    emotional: number;
	    marketing: number;
	    total: number;
	    marketingShare: number;
	    warn: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReviewMixDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.useful = source["useful"];
	        this.emotional = source["emotional"];
	        this.marketing = source["marketing"];
	        this.total = source["total"];
	        this.marketingShare = source["marketingShare"];
	        this.warn = source["warn"];
	    }
	}
	export class ReviewKPIsDTO {
	    members: number;
	    joins: number;
	    leaves: number;
	    messages: number;
	    speakers: number;
	    reached: number;
	    messagesPer100: number;
	    reach: number;
	    participation: number;
	    silentShare: number;
	    recorded: boolean;
	    thresholds: DashboardThresholdsDTO;
	
	    static createFrom(source: any = {}) {
	        return new ReviewKPIsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.members = source["members"];
	        this.joins = source["joins"];
	        this.leaves = source["leaves"];
	        this.messages = source["messages"];
	        this.speakers = source["speakers"];
	        this.reached = source["reached"];
	        this.messagesPer100 = source["messagesPer100"];
	        this.reach = source["reach"];
	        this.participation = source["participation"];
	        this.silentShare = source["silentShare"];
	        this.recorded = source["recorded"];
	        this.thresholds = this.convertValues(source["thresholds"], DashboardThresholdsDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class ReviewItemDTO {
	    id: number;
	    title: string;
	    kind: string;
	    category: string;
	    at: string;
	    done: boolean;
	    messagesAfter: number;
	    speakersAfter: number;
	    baseline: number;
	    speakersBaseline: number;
	    lift: number;
	    word: string;
	    votes: number;
	    entrants: number;
	    jielong: number;
	
	    static createFrom(source: any = {}) {
	        return new ReviewItemDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.category = source["category"];
	        this.at = source["at"];
	        this.done = source["done"];
	        this.messagesAfter = source["messagesAfter"];
	        this.speakersAfter = source["speakersAfter"];
	        this.baseline = source["baseline"];
	        this.speakersBaseline = source["speakersBaseline"];
	        this.lift = source["lift"];
	        this.word = source["word"];
	        this.votes = source["votes"];
	        this.entrants = source["entrants"];
	        this.jielong = source["jielong"];
	    }
	}
	export class ReviewSettingsDTO {
	    hours: number;
	    upPct: number;
	    lowPct: number;
	
	    static createFrom(source: any = {}) {
	        return new ReviewSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.hours = source["hours"];
	        this.upPct = source["upPct"];
	        this.lowPct = source["lowPct"];
	    }
	}
	export class ReviewDTO {
	    groupId: number;
	    from: string;
	    to: string;
	    settings: ReviewSettingsDTO;
	    items: ReviewItemDTO[];
	    kpis: ReviewKPIsDTO;
	    previous: ReviewKPIsDTO;
	    planned: ReviewMixDTO;
	    done: ReviewMixDTO;
	    koc: ReviewMemberDTO[];
	    slipping: ReviewMemberDTO[];
	    kocChanges: ListChangesDTO;
	    slippingChanges: ListChangesDTO;
	    suggestions: string[];
	
	    static createFrom(source: any = {}) {
	        return new ReviewDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.settings = this.convertValues(source["settings"], ReviewSettingsDTO);
	        this.items = this.convertValues(source["items"], ReviewItemDTO);
	        this.kpis = this.convertValues(source["kpis"], ReviewKPIsDTO);
	        this.previous = this.convertValues(source["previous"], ReviewKPIsDTO);
	        this.planned = this.convertValues(source["planned"], ReviewMixDTO);
	        this.done = this.convertValues(source["done"], ReviewMixDTO);
	        this.koc = this.convertValues(source["koc"], ReviewMemberDTO);
	        this.slipping = this.convertValues(source["slipping"], ReviewMemberDTO);
	        this.kocChanges = this.convertValues(source["kocChanges"], ListChangesDTO);
	        this.slippingChanges = this.convertValues(source["slippingChanges"], ListChangesDTO);
	        this.suggestions = source["suggestions"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	
	export class RewardStepDTO {
	    invites: number;
	    prize: string;
	
	    static createFrom(source: any = {}) {
	        return new RewardStepDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.invites = source["invites"];
	        this.prize = source["prize"];
	    }
	}
	export class RewardCampaignDTO {
	    id: number;
	    name: string;
	    groupId: number;
	    groupName: string;
	    from: string;
	    to: string;
	    steps: RewardStepDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardCampaignDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.groupId = source["groupId"];
	        this.groupName = source["groupName"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.steps = this.convertValues(source["steps"], RewardStepDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RewardCampaignInputDTO {
	    name: string;
	    groupId: number;
	    from: string;
	    to: string;
	    steps: RewardStepDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardCampaignInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.groupId = source["groupId"];
	        this.from = source["from"];
	        this.to = source["to"];
	        this.steps = this.convertValues(source["steps"], RewardStepDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RewardDTO {
	    step: number;
	    invites: number;
	    prize: string;
	    reached: boolean;
	    givenAt: string;
	
	    static createFrom(source: any = {}) {
	        return new RewardDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.step = source["step"];
	        this.invites = source["invites"];
	        this.prize = source["prize"];
	        this.reached = source["reached"];
	        this.givenAt = source["givenAt"];
	    }
	}
	export class RewardProgressDTO {
	    memberId: number;
	    nickname: string;
	    platformId: string;
	    invited: number;
	    step: number;
	    next?: RewardStepDTO;
	    rewards: RewardDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardProgressDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.platformId = source["platformId"];
	        this.invited = source["invited"];
	        this.step = source["step"];
	        this.next = this.convertValues(source["next"], RewardStepDTO);
	        this.rewards = this.convertValues(source["rewards"], RewardDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RewardQueueSkipDTO {
	    memberId: number;
	    nickname: string;
	    reason: string;
	
	    static createFrom(source: any = {}) {
	        return new RewardQueueSkipDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.nickname = source["nickname"];
	        this.reason = source["reason"];
	    }
	}
	export class RewardQueueReportDTO {
	    linked: number;
	    skipped: RewardQueueSkipDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardQueueReportDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.linked = source["linked"];
	        this.skipped = this.convertValues(source["skipped"], RewardQueueSkipDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RewardReferralDTO {
	    batchId: number;
	    batchName: string;
	    groupName: string;
	    joined: number;
	    inviterId: number;
	    inviter: string;
	    linked: number;
	
	    static createFrom(source: any = {}) {
	        return new RewardReferralDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.batchId = source["batchId"];
	        this.batchName = source["batchName"];
	        this.groupName = source["groupName"];
	        this.joined = source["joined"];
	        this.inviterId = source["inviterId"];
	        this.inviter = source["inviter"];
	        this.linked = source["linked"];
	    }
	}
	export class RewardStandingDTO {
	    campaign: RewardCampaignDTO;
	    inviters: RewardProgressDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardStandingDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.campaign = this.convertValues(source["campaign"], RewardCampaignDTO);
	        this.inviters = this.convertValues(source["inviters"], RewardProgressDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class RewardsInviteeDTO {
	    id: number;
	    nickname: string;
	    source: string;
	    joined: string;
	
	    static createFrom(source: any = {}) {
	        return new RewardsInviteeDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.nickname = source["nickname"];
	        this.source = source["source"];
	        this.joined = source["joined"];
	    }
	}
	export class RewardsMemberDTO {
	    memberId: number;
	    inviterId: number;
	    inviter: string;
	    source: string;
	    batchId: number;
	    canUndo: boolean;
	    invitees: RewardsInviteeDTO[];
	
	    static createFrom(source: any = {}) {
	        return new RewardsMemberDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.memberId = source["memberId"];
	        this.inviterId = source["inviterId"];
	        this.inviter = source["inviter"];
	        this.source = source["source"];
	        this.batchId = source["batchId"];
	        this.canUndo = source["canUndo"];
	        this.invitees = this.convertValues(source["invitees"], RewardsInviteeDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class TierRhythmDTO {
	    tier: string;
	    per: string;
	    min: number;
	    max: number;
	    perDay: number[];
	    total: number;
	    status: string;
	
	    static createFrom(source: any = {}) {
	        return new TierRhythmDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tier = source["tier"];
	        this.per = source["per"];
	        this.min = source["min"];
	        this.max = source["max"];
	        this.perDay = source["perDay"];
	        this.total = source["total"];
	        this.status = source["status"];
	    }
	}
	export class RhythmDTO {
	    start: string;
	    tiers: TierRhythmDTO[];
	    segments: number;
	    whole: number;
	
	    static createFrom(source: any = {}) {
	        return new RhythmDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.start = source["start"];
	        this.tiers = this.convertValues(source["tiers"], TierRhythmDTO);
	        this.segments = source["segments"];
	        this.whole = source["whole"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class RhythmSettingsDTO {
	    coreMinPerDay: number;
	    coreMaxPerDay: number;
	    activeMinPerDay: number;
	    activeMaxPerDay: number;
	    lurkerMinPerWeek: number;
	    lurkerMaxPerWeek: number;
	
	    static createFrom(source: any = {}) {
	        return new RhythmSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.coreMinPerDay = source["coreMinPerDay"];
	        this.coreMaxPerDay = source["coreMaxPerDay"];
	        this.activeMinPerDay = source["activeMinPerDay"];
	        this.activeMaxPerDay = source["activeMaxPerDay"];
	        this.lurkerMinPerWeek = source["lurkerMinPerWeek"];
	        this.lurkerMaxPerWeek = source["lurkerMaxPerWeek"];
	    }
	}
	export class SegmentDTO {
	    id: number;
	    name: string;
	    filter: MemberFilterDTO;
	
	    static createFrom(source: any = {}) {
	        return new SegmentDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.filter = this.convertValues(source["filter"], MemberFilterDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SegmentInputDTO {
	    id: number;
	    name: string;
	    filter: MemberFilterDTO;
	
	    static createFrom(source: any = {}) {
	        return new SegmentInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.filter = this.convertValues(source["filter"], MemberFilterDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	
	
	
	export class SettingsDTO {
	    language: string;
	    theme: string;
	    backupKeep: number;
	
	    static createFrom(source: any = {}) {
	        return new SettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.backupKeep = source["backupKeep"];
	    }
	}
	export class SettingsPatch {
	    language?: string;
	    theme?: string;
	    backupKeep?: number;
	
	    static createFrom(source: any = {}) {
	        return new SettingsPatch(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	        this.theme = source["theme"];
	        this.backupKeep = source["backupKeep"];
	    }
	}
	export class SetupDTO {
	    title: string;
	    mode: string;
	    entry: EntryDTO;
	    sources: string[];
	    tiers: LotteryTierDTO[];
	    alternates: number;
	    groupId: number;
	
	    static createFrom(source: any = {}) {
	        return new SetupDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.title = source["title"];
	        this.mode = source["mode"];
	        this.entry = this.convertValues(source["entry"], EntryDTO);
	        this.sources = source["sources"];
	        this.tiers = this.convertValues(source["tiers"], LotteryTierDTO);
	        this.alternates = source["alternates"];
	        this.groupId = source["groupId"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class StepDTO {
	    action: string;
	    minutes: number;
	
	    static createFrom(source: any = {}) {
	        return new StepDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.action = source["action"];
	        this.minutes = source["minutes"];
	    }
	}
	export class TagCountDTO {
	    name: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new TagCountDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.count = source["count"];
	    }
	}
	export class ThresholdsDTO {
	    messagesPer100: number;
	    reach: number;
	    participation: number;
	    silentShare: number;
	    silentDays: number;
	    plan: PlanLinesDTO;
	    spokenKinds: string[];
	
	    static createFrom(source: any = {}) {
	        return new ThresholdsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.messagesPer100 = source["messagesPer100"];
	        this.reach = source["reach"];
	        this.participation = source["participation"];
	        this.silentShare = source["silentShare"];
	        this.silentDays = source["silentDays"];
	        this.plan = this.convertValues(source["plan"], PlanLinesDTO);
	        this.spokenKinds = source["spokenKinds"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TierSettingsDTO {
	    WindowDays: number;
	    WeightPost: number;
	    WeightTip: number;
	    WeightShare: number;
	    WeightPurchase: number;
	    CoreMin: number;
	    ActiveMin: number;
	    LurkerMin: number;
	    DormantDays: number;
	    ObservingPerWeek: number;
	    GrowingPerDay: number;
	    MaturePerDay: number;
	    DeclineRatio: number;
	    DeclineMinPerDay: number;
	    DemoteAfterDays: number;
	    SlippingDays: number;
	    NewDays: number;
	    KOCMinStarts: number;
	    KOCMinReplies: number;
	    CreatorMinPosts: number;
	    HealthyMessagesPer100: number;
	    HealthyParticipationPct: number;
	    SilentAlertPct: number;
	    SilentDays: number;
	    HealthyReachPct: number;
	
	    static createFrom(source: any = {}) {
	        return new TierSettingsDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.WindowDays = source["WindowDays"];
	        this.WeightPost = source["WeightPost"];
	        this.WeightTip = source["WeightTip"];
	        this.WeightShare = source["WeightShare"];
	        this.WeightPurchase = source["WeightPurchase"];
	        this.CoreMin = source["CoreMin"];
	        this.ActiveMin = source["ActiveMin"];
	        this.LurkerMin = source["LurkerMin"];
	        this.DormantDays = source["DormantDays"];
	        this.ObservingPerWeek = source["ObservingPerWeek"];
	        this.GrowingPerDay = source["GrowingPerDay"];
	        this.MaturePerDay = source["MaturePerDay"];
	        this.DeclineRatio = source["DeclineRatio"];
	        this.DeclineMinPerDay = source["DeclineMinPerDay"];
	        this.DemoteAfterDays = source["DemoteAfterDays"];
	        this.SlippingDays = source["SlippingDays"];
	        this.NewDays = source["NewDays"];
	        this.KOCMinStarts = source["KOCMinStarts"];
	        this.KOCMinReplies = source["KOCMinReplies"];
	        this.CreatorMinPosts = source["CreatorMinPosts"];
	        this.HealthyMessagesPer100 = source["HealthyMessagesPer100"];
	        this.HealthyParticipationPct = source["HealthyParticipationPct"];
	        this.SilentAlertPct = source["SilentAlertPct"];
	        this.SilentDays = source["SilentDays"];
	        this.HealthyReachPct = source["HealthyReachPct"];
	    }
	}
	export class TierSummaryDTO {
	    tiers: Record<string, number>;
	    stages: Record<string, number>;
	
	    static createFrom(source: any = {}) {
	        return new TierSummaryDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.tiers = source["tiers"];
	        this.stages = source["stages"];
	    }
	}
	export class TimelineDayDTO {
	    date: string;
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new TimelineDayDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.date = source["date"];
	        this.count = source["count"];
	    }
	}
	export class TimelineDTO {
	    days: TimelineDayDTO[];
	    recent: EventDTO[];
	
	    static createFrom(source: any = {}) {
	        return new TimelineDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.days = this.convertValues(source["days"], TimelineDayDTO);
	        this.recent = this.convertValues(source["recent"], EventDTO);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	
	export class TopicDTO {
	    id: number;
	    groupId: number;
	    kind: string;
	    text: string;
	    usedAt: string;
	    itemId: number;
	
	    static createFrom(source: any = {}) {
	        return new TopicDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.groupId = source["groupId"];
	        this.kind = source["kind"];
	        this.text = source["text"];
	        this.usedAt = source["usedAt"];
	        this.itemId = source["itemId"];
	    }
	}
	
	
	
	export class ViolationInputDTO {
	    groupId: number;
	    memberId: number;
	    rule: string;
	    what: string;
	    adminId: number;
	    step: number;
	    hitEventId: number;
	    hitWordId: number;
	
	    static createFrom(source: any = {}) {
	        return new ViolationInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.groupId = source["groupId"];
	        this.memberId = source["memberId"];
	        this.rule = source["rule"];
	        this.what = source["what"];
	        this.adminId = source["adminId"];
	        this.step = source["step"];
	        this.hitEventId = source["hitEventId"];
	        this.hitWordId = source["hitWordId"];
	    }
	}
	
	export class WatchWordInputDTO {
	    text: string;
	    category: string;
	    severity: number;
	    note: string;
	
	    static createFrom(source: any = {}) {
	        return new WatchWordInputDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.text = source["text"];
	        this.category = source["category"];
	        this.severity = source["severity"];
	        this.note = source["note"];
	    }
	}
	export class WorkspaceDTO {
	    name: string;
	    dbPath: string;
	    dataDir: string;
	    backupDir: string;
	    logPath: string;
	    version: string;
	    schemaVersion: number;
	    language: string;
	    groups: number;
	
	    static createFrom(source: any = {}) {
	        return new WorkspaceDTO(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.dbPath = source["dbPath"];
	        this.dataDir = source["dataDir"];
	        this.backupDir = source["backupDir"];
	        this.logPath = source["logPath"];
	        this.version = source["version"];
	        this.schemaVersion = source["schemaVersion"];
	        this.language = source["language"];
	        this.groups = source["groups"];
	    }
	}

}

