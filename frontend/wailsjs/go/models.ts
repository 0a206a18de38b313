export namespace app {
	
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
	export class WorkspaceDTO {
	    name: string;
	    dbPath: string;
	    dataDir: string;
	    backupDir: string;
	    logPath: string;
	    version: string;
	    schemaVersion: number;
	    language: string;
	
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
	    }
	}

}

