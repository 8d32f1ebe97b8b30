    def to_json(self, request_id: Optional[str] = None, timestamp: Optional[datetime.datetime] = None) -> str:
        """The problem document (RFC 9457, ``application/problem+json``) a server sends, as compact JSON.

        ``{"type":..,"title":..,"status":..,"detail":..,"code":..,"request_id":..,"timestamp":..,
        "field":..,"issue":..,"params":{..},"violations":[{"field":..,"issue":..}]}``, members absent
        when they have no value, and ``detail`` when it is the title. ``type`` and ``title`` are the
        catalog's for the code; a code this module does not know has no ``type``, and its status's
        reason phrase as ``title``. The timestamp (now unless given; a naive datetime counts as UTC)
        is in UTC to the second. The text is the one the generated Java writes: besides quotes,
        backslashes and control characters, ``<``, ``>``, ``&``, U+2028 and U+2029 are escaped, so
        that the JSON can be embedded in HTML or a script; lone surrogates are escaped too. Numbers
        are written as JavaScript writes them.
        """
        problem = _PROBLEMS.get(self.code)
        title = problem[1] if problem is not None else _REASONS.get(self.status)
        members: List[str] = []
        if problem is not None and problem[0] is not None:
            members.append('"type":' + _json_string(problem[0]))
        if title is not None:
            members.append('"title":' + _json_string(title))
        members.append('"status":' + str(self.status))
        if self.message != title:
            members.append('"detail":' + _json_string(self.message))
        members.append('"code":' + _json_string(self.code))
        if request_id is not None:
            members.append('"request_id":' + _json_string(request_id))
        members.append('"timestamp":"' + _timestamp(timestamp) + '"')
        if self.field is not None:
            members.append('"field":' + _json_string(self.field))
        if self.issue is not None:
            members.append('"issue":' + _json_string(self.issue))
        if self.params:
            members.append('"params":{' + ",".join(_json_string(name) + ":" + _json_value(value)
                                                   for name, value in self.params.items()) + "}")
        if self.violations:
            members.append('"violations":[' + ",".join(_json_violation(violation) for violation in self.violations)
                           + "]")
        return "{" + ",".join(members) + "}"
