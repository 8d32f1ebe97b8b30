  /**
   * The problem document (RFC 9457, `application/problem+json`) a server sends for this error:
   * compact JSON, members in a fixed order (`type`, `title`, `status`, `detail`, `code`,
   * `request_id`, `timestamp`, `field`, `issue`, `params`, `violations`), absent ones left out, and
   * `detail` too when it is the title. `type` and `title` are the catalog's for the code; a code
   * this module does not know has no `type`, and its status's reason phrase as `title`. `<`, `>`,
   * `&`, U+2028 and U+2029 are escaped, so that the text can be embedded in HTML as it is. The first
   * violation is also sent as `field` and `issue` where the error has none of its own, for clients
   * that read only those.
   *
   * @param requestId the request's id (`request_id`); by default the error's own
   * @param now the time of the error (`timestamp`)
   */
  toJson(requestId: string | undefined = this.requestId, now: Date = new Date()): string {
    const problem = Object.prototype.hasOwnProperty.call(PROBLEMS, this.code) ? PROBLEMS[this.code] : undefined;
    const reason: string | undefined = REASONS[this.status];
    const title = problem !== undefined ? problem.title : reason;
    const members: string[] = [];
    if (problem?.type !== undefined) {
      members.push('"type":' + jsonString(problem.type));
    }
    if (title !== undefined) {
      members.push('"title":' + jsonString(title));
    }
    members.push('"status":' + String(this.status));
    if (this.message !== title) {
      members.push('"detail":' + jsonString(this.message));
    }
    members.push('"code":' + jsonString(this.code));
    if (requestId !== undefined) {
      members.push('"request_id":' + jsonString(requestId));
    }
    members.push('"timestamp":' + jsonString(now.toISOString().slice(0, 19) + "Z"));
    const first = this.violations[0];
    const field = this.field ?? first?.field;
    const issue = this.issue ?? first?.issue;
    if (field !== undefined) {
      members.push('"field":' + jsonString(field));
    }
    if (issue !== undefined) {
      members.push('"issue":' + jsonString(issue));
    }
    const params = Object.keys(this.params).map((name) => jsonString(name) + ":" + jsonValue(this.params[name]));
    if (params.length > 0) {
      members.push('"params":{' + params.join(",") + "}");
    }
    if (this.violations.length > 0) {
      members.push('"violations":[' + this.violations.map(violationJson).join(",") + "]");
    }
    return "{" + members.join(",") + "}";
  }
