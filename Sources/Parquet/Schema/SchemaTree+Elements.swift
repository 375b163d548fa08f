extension SchemaTree {
    /// Flattens a schema into footer elements the way pyarrow does: root `schema`, three-level lists,
    /// `UTF8`/`STRING` on strings, and matching converted types beside logical types.
    static func elements(for schema: ParquetSchema) throws(ParquetError) -> [SchemaElement] {
        var root = SchemaElement()
        root.name = "schema"
        root.repetition = Repetition.required.rawValue
        root.numChildren = Int32(schema.fields.count)
        var result = [root]
        for field in schema.fields {
            try append(field, repetition: field.isNullable ? .optional : .required, to: &result)
        }
        return result
    }

    private static func append(
        _ field: ParquetField,
        repetition: Repetition,
        to result: inout [SchemaElement]
    ) throws(ParquetError) {
        var element = SchemaElement()
        element.name = field.name
        element.repetition = repetition.rawValue
        func primitive(_ type: PhysicalType) { element.type = type.rawValue }
        switch field.type {
        case .boolean: primitive(.boolean)
        case .int32: primitive(.int32)
        case .int64: primitive(.int64)
        case .integer(let width, let signed):
            guard [8, 16, 32, 64].contains(width) else {
                throw ParquetError(.invalidArgument, "field '\(field.name)': integer width \(width) is not 8/16/32/64")
            }
            primitive(width == 64 ? .int64 : .int32)
            element.logicalType = .integer(bitWidth: Int8(width), signed: signed)
            let base: Int32 = signed ? 15 : 11
            element.convertedType = base + Int32([8, 16, 32, 64].firstIndex(of: width) ?? 0)
        case .float: primitive(.float)
        case .double: primitive(.double)
        case .string:
            primitive(.byteArray)
            element.convertedType = 0
            element.logicalType = .string
        case .binary: primitive(.byteArray)
        case .fixedBinary(let length):
            primitive(.fixedLenByteArray)
            element.typeLength = Int32(clamping: length)
        case .date:
            primitive(.int32)
            element.convertedType = 6
            element.logicalType = .date
        case .timestamp(let unit, let utc):
            primitive(.int64)
            element.logicalType = .timestamp(utc: utc, unit: unit)
            if utc && unit != .nanos { element.convertedType = unit == .millis ? 9 : 10 }
        case .time(let unit):
            primitive(unit == .millis ? .int32 : .int64)
            element.logicalType = .time(utc: true, unit: unit)
            if unit != .nanos { element.convertedType = unit == .millis ? 7 : 8 }
        case .decimal, .int96:
            throw ParquetError(.unsupported, "field '\(field.name)': writing \(field.type) is not supported")
        case .list(let item):
            element.numChildren = 1
            element.convertedType = 3
            element.logicalType = .list
            result.append(element)
            var middle = SchemaElement()
            middle.name = "list"
            middle.repetition = Repetition.repeated.rawValue
            middle.numChildren = 1
            result.append(middle)
            try append(item, repetition: item.isNullable ? .optional : .required, to: &result)
            return
        case .structure(let members):
            guard !members.isEmpty else {
                throw ParquetError(.invalidArgument, "field '\(field.name)': a struct needs at least one member")
            }
            element.numChildren = Int32(members.count)
            result.append(element)
            for member in members {
                try append(member, repetition: member.isNullable ? .optional : .required, to: &result)
            }
            return
        case .map(let key, let value):
            element.numChildren = 1
            element.convertedType = 1
            element.logicalType = .map
            result.append(element)
            var middle = SchemaElement()
            middle.name = "key_value"
            middle.repetition = Repetition.repeated.rawValue
            middle.numChildren = 2
            result.append(middle)
            try append(key, repetition: .required, to: &result)
            try append(value, repetition: value.isNullable ? .optional : .required, to: &result)
            return
        }
        result.append(element)
    }
}
